/**
 * On a narrow screen the documents come after the answers: this bar stays at the top, so either is one tap
 * away. Plain links to the two sections (the browser scrolls; the sections keep room for the bar above them).
 */
export function SectionJump() {
  return (
    <nav className="section-jump" aria-label="Sections">
      <a href="#answers">Answers</a>
      <a href="#documents">Documents</a>
    </nav>
  )
}
