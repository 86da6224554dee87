import { LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './ui/Layout.tsx';
import { HomePage } from './home/HomePage.tsx';
import { ServicesPage } from './services/ServicesPage.tsx';
import { ServicePage } from './services/ServicePage.tsx';
import { ResourcesPage } from './resources/ResourcesPage.tsx';
import { GuidePage } from './resources/GuidePage.tsx';
import { MapPage } from './map/MapPage.tsx';
import { SavedPage } from './saved/SavedPage.tsx';
import { SettingsPage } from './settings/SettingsPage.tsx';
import { AboutPage } from './about/AboutPage.tsx';
import { NotFoundPage } from './ui/NotFoundPage.tsx';

export function App() {
  return (
    <LocationProvider>
      <Layout>
        <Router>
          <Route path="/" component={HomePage} />
          <Route path="/services" component={ServicesPage} />
          <Route path="/services/:id" component={ServicePage} />
          <Route path="/resources" component={ResourcesPage} />
          <Route path="/resources/:slug" component={GuidePage} />
          <Route path="/map" component={MapPage} />
          <Route path="/saved" component={SavedPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route path="/about" component={AboutPage} />
          <Route default component={NotFoundPage} />
        </Router>
      </Layout>
    </LocationProvider>
  );
}
