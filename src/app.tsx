import { LocationProvider, Route, Router, lazy, ErrorBoundary } from 'preact-iso';
import { Layout } from './ui/Layout.tsx';
import { HomePage } from './home/HomePage.tsx';
import { NotFoundPage } from './ui/NotFoundPage.tsx';

// Every page but Home is its own chunk, so the first page stays small on a slow connection.
// The service worker precaches all chunks, so later pages open instantly, online or not.
const ServicesPage = lazy(() => import('./services/ServicesPage.tsx').then((m) => m.ServicesPage));
const ServicePage = lazy(() => import('./services/ServicePage.tsx').then((m) => m.ServicePage));
const ResourcesPage = lazy(() => import('./resources/ResourcesPage.tsx').then((m) => m.ResourcesPage));
const GuidePage = lazy(() => import('./resources/GuidePage.tsx').then((m) => m.GuidePage));
const MapPage = lazy(() => import('./map/MapPage.tsx').then((m) => m.MapPage));
const SavedPage = lazy(() => import('./saved/SavedPage.tsx').then((m) => m.SavedPage));
const SettingsPage = lazy(() => import('./settings/SettingsPage.tsx').then((m) => m.SettingsPage));
const AboutPage = lazy(() => import('./about/AboutPage.tsx').then((m) => m.AboutPage));

export function App() {
  return (
    <LocationProvider>
      <ErrorBoundary>
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
      </ErrorBoundary>
    </LocationProvider>
  );
}
