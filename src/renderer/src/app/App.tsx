export function App() {
  return <main>Study Notebook</main>
}
