/** The colours a project can take, by name (the names people know from Todoist); #6c757d is the API's default grey. */
export const PROJECT_COLORS = [
  { value: '#6c757d', label: 'Grey' },
  { value: '#b8256f', label: 'Berry red' },
  { value: '#db4035', label: 'Red' },
  { value: '#ff9933', label: 'Orange' },
  { value: '#fad000', label: 'Yellow' },
  { value: '#afb83b', label: 'Olive green' },
  { value: '#7ecc49', label: 'Lime green' },
  { value: '#299438', label: 'Green' },
  { value: '#6accbc', label: 'Mint green' },
  { value: '#158fad', label: 'Teal' },
  { value: '#14aaf5', label: 'Sky blue' },
  { value: '#96c3eb', label: 'Light blue' },
  { value: '#4073ff', label: 'Blue' },
  { value: '#884dff', label: 'Grape' },
  { value: '#af38eb', label: 'Violet' },
  { value: '#eb96eb', label: 'Lavender' },
  { value: '#e05194', label: 'Magenta' },
  { value: '#ff8d85', label: 'Salmon' },
  { value: '#555555', label: 'Charcoal' },
  { value: '#ccac93', label: 'Taupe' },
] as const

/** The colour's name, or the colour itself when it is not one of ours (set through the API). */
export function colorLabel(value: string): string {
  return PROJECT_COLORS.find((color) => color.value.toLowerCase() === value.toLowerCase())?.label ?? value
}
