import { useController, useWorkspaceState } from './use-workspace';

/** Every REST call the app made, newest first: how we count requests per tag and per export. */
export function RequestsPanel() {
  const controller = useController();
  useWorkspaceState();
  const requests = controller.store.requests().slice(-200).reverse();
  return (
    <section className="panel" aria-label="API requests">
      <h2>API requests ({controller.store.requests().length})</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Method</th>
            <th scope="col">URL</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request, index) => (
            <tr key={index}>
              <td>{request.method}</td>
              <td className="url">{request.url}</td>
              <td>{request.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
