import { act, renderHook } from '@testing-library/react'

import { neighbourOf, rangeOf, stepFrom, useRovingFocus } from './use-roving-focus'

describe('roving focus over ids', () => {
  it('steps within the list, from the first when nothing is active', () => {
    expect(stepFrom([4, 5, 6], 4, 1)).toBe(5)
    expect(stepFrom([4, 5, 6], 6, 1)).toBe(6)
    expect(stepFrom([4, 5, 6], 4, -1)).toBe(4)
    expect(stepFrom([4, 5, 6], null, 1)).toBe(4)
    expect(stepFrom([], null, 1)).toBeUndefined()
  })

  it('finds the neighbour to focus when a row leaves: the next, or the previous at the end', () => {
    expect(neighbourOf([4, 5, 6], 5)).toBe(6)
    expect(neighbourOf([4, 5, 6], 6)).toBe(5)
    expect(neighbourOf([4], 4)).toBeUndefined()
    expect(neighbourOf([4, 5], 9)).toBeUndefined()
  })

  it('spans a range either way', () => {
    expect(rangeOf([1, 2, 3, 4], 3, 1)).toEqual([1, 2, 3])
    expect(rangeOf([1, 2, 3, 4], 2, 4)).toEqual([2, 3, 4])
    expect(rangeOf([1, 2, 3, 4], null, 3)).toEqual([3])
  })

  it('keeps the active item while it is in the list, the first one otherwise', () => {
    const { result, rerender } = renderHook(({ ids }) => useRovingFocus(ids), { initialProps: { ids: [1, 2, 3] } })
    expect(result.current.active).toBe(1)
    const element = document.createElement('button')
    document.body.append(element)
    act(() => result.current.register(2)(element))
    act(() => result.current.focus(2))
    expect(result.current.active).toBe(2)
    expect(element).toHaveFocus()
    rerender({ ids: [1, 3] })
    expect(result.current.active).toBe(1)
  })
})
