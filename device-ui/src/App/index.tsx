/** The camera's own UI, served from its flash. Screens arrive with the device UI issue. */
export function App() {
  return (
    <>
      <header class="bar">
        <span class="brand">printcam</span>
      </header>
      <main data-ready>
        <h1>Set up this camera</h1>
        <p>Connect it to your Wi-Fi and to Prusa Connect.</p>
      </main>
    </>
  );
}
