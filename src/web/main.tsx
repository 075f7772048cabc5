// Entry point: language first (so the first paint is already translated), then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { setupI18n } from './i18n/setup';
import { UpdateRegistration } from './offline/update-registration';
import './offline/offline.css';
// The app's styles in cascade order: adaptations to narrow windows and forced colours come last.
import './styles/base.css';
import './styles/frame.css';
import './styles/page.css';
import './styles/controls.css';
import './styles/login.css';
import './styles/panels.css';
import './styles/tables.css';
import './styles/adaptations.css';

setupI18n();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
    <UpdateRegistration />
  </StrictMode>,
);
