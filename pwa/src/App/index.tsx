/** The installable app's shell. The camera list, stream wall and flasher arrive with their issues. */
export function App() {
  return (
    <>
      <header class="bar">
        <span class="brand">printcam</span>
      </header>
      <main>
        <h1>Your cameras</h1>
        <p>No cameras yet.</p>
      </main>
    </>
  );
}
