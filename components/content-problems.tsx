interface ContentProblemsProps {
  /** The `path:line:column: error: …` lines, each with what to do. */
  messages: readonly string[];
}

/**
 * What `npm run dev` shows in place of every page while the content has
 * errors: the check's messages and how to go on, in both languages of the
 * editors' guide, and nothing of the code. It needs no content, as there is
 * none yet when the dev server starts on a file with errors. The page
 * comes back by itself when the file is fixed and saved. Never in a build,
 * which stops on the same errors.
 */
export function ContentProblems({ messages }: ContentProblemsProps) {
  return (
    <main id="main" className="measure mx-auto w-full flex-1 px-4 py-10">
      <h1 className="font-headline text-2xl font-bold">
        内容有误 <span lang="en">· The content has errors</span>
      </h1>
      <p className="mt-3 text-ink-muted">
        改正下列文件后保存，本页会自动恢复；每条信息的含义见 docs/editing.md。{' '}
        <span lang="en">
          Fix the files below and save: this page comes back by itself. docs/editing.md explains each message.
        </span>
      </p>
      <ol className="mt-6 space-y-3">
        {messages.map((message) => (
          <li
            key={message}
            lang="en"
            className="rounded-sm border-l-4 border-accent bg-mark-bg px-4 py-3 font-mono text-sm break-words"
          >
            {message}
          </li>
        ))}
      </ol>
    </main>
  );
}
