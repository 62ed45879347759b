import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { api } from './api-client';
import { SignInScreen } from './screens/SignInScreen';
import { localMode, startSession, useSession } from './session';
import './styles.css';

/** The app once the page knows where it is; on a team server, after signing in. */
function Root() {
  const { where, signIn, failure } = useSession();
  useEffect(() => void startSession(() => api.getConnection({})), []);
  // On this computer the app shows at once (the connection fills in the status bar when it comes);
  // on a team server, once signed in.
  if (failure && !localMode())
    return <div className="sign-in-page error">Lexgap cannot start: {failure}</div>;
  if (!where && !localMode()) return signIn ? <SignInScreen request={signIn} /> : null;
  return (
    <>
      <App />
      {signIn && <SignInScreen request={signIn} />}
    </>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
