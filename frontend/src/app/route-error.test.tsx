import { render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'

import { RouteError } from './route-error'

function Broken(): never {
  throw new Error('The chart code could not be loaded.')
}

describe('RouteError', () => {
  it('shows what went wrong and a way out instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const router = createMemoryRouter([{ path: '/', element: <Broken />, errorElement: <RouteError /> }])
    render(<RouterProvider router={router} />)
    expect(await screen.findByRole('heading', { name: 'Something went wrong on this page' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('The chart code could not be loaded.')
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to your tasks' })).toHaveAttribute('href', '/')
  })
})
