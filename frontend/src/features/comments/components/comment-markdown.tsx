import Markdown, { type Components } from 'react-markdown'

const EXTERNAL = { target: '_blank', rel: 'noopener noreferrer' } as const

/**
 * Raw HTML in the text is never rendered (react-markdown's default shows it as text), `javascript:` and other
 * unsafe links are dropped (its default URL filter empties them), links open in a new tab without the opener. Images are not
 * loaded (the CSP allows none from elsewhere, and a picture could track who read the comment): a link to the
 * image stands in for each. Headings are bold paragraphs, so a comment does not break the page's outline.
 */
const COMPONENTS: Components = {
  // An unsafe address comes through emptied: the words stay, the link goes.
  a: ({ href, children }) =>
    href ? (
      <a href={href} {...EXTERNAL}>
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ src, alt }) => (
    <a href={typeof src === 'string' && src ? src : undefined} {...EXTERNAL}>
      {alt ? `Image: ${alt}` : 'Image'}
    </a>
  ),
  h1: ({ children }) => <p className="fw-bold">{children}</p>,
  h2: ({ children }) => <p className="fw-bold">{children}</p>,
  h3: ({ children }) => <p className="fw-bold">{children}</p>,
  h4: ({ children }) => <p className="fw-bold">{children}</p>,
  h5: ({ children }) => <p className="fw-bold">{children}</p>,
  h6: ({ children }) => <p className="fw-bold">{children}</p>,
}

/** A comment's Markdown, rendered safely. */
export function CommentMarkdown({ text }: { text: string }) {
  return (
    <div className="comment-body text-break">
      <Markdown components={COMPONENTS}>{text}</Markdown>
    </div>
  )
}
