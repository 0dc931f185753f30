import { useId, useState, type ReactNode } from 'react'

interface ChartFigureProps {
  title: string
  /** The chart itself (a canvas with role="img" and an aria-label). */
  chart: ReactNode
  caption: string
  columns: [string, string]
  rows: { label: string; value: number }[]
}

/**
 * A chart in a card with its numbers as a table: hidden visually but read by screen readers, and shown to
 * everyone with the "Show data as table" toggle.
 */
export function ChartFigure({ title, chart, caption, columns, rows }: ChartFigureProps) {
  const [showTable, setShowTable] = useState(false)
  const tableId = useId()
  return (
    <section className="card h-100" aria-labelledby={`${tableId}-title`}>
      <div className="card-body">
        <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
          <h2 id={`${tableId}-title`} className="fs-5 mb-0">
            {title}
          </h2>
          <button
            type="button"
            className="btn btn-sm btn-outline-secondary"
            aria-controls={tableId}
            aria-expanded={showTable}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? 'Hide data table' : 'Show data as table'}
          </button>
        </div>
        <div className="position-relative">{chart}</div>
        <div id={tableId} className={showTable ? 'table-responsive mt-3' : 'visually-hidden'}>
          <table className="table table-sm mb-0">
            <caption className="caption-top">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{columns[0]}</th>
                <th scope="col" className="text-end">
                  {columns[1]}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row" className="fw-normal">
                    {row.label}
                  </th>
                  <td className="text-end">{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  )
}
