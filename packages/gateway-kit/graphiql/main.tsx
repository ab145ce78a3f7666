// GraphiQL served by the gateway from its own bundle: no CDN, works on a closed network.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const defaultQuery = `# Integrity Graph: log in, then put the token in the Headers tab as
# { "Authorization": "Bearer <token>" }
mutation Login {
  login(username: "leader", password: "demo-password") { token expiresAt user { displayName roles } }
}

query Departments {
  departments(pageSize: 50) { total items { name kind region { name } } }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} defaultEditorToolsVisibility="headers" />,
);
