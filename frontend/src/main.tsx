import 'bootstrap/dist/css/bootstrap.min.css'
import 'react-toastify/ReactToastify.css'
import './styles.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app'
import { registerAppShell } from '@/lib/app-shell'
import { applyTheme } from '@/lib/theme'

applyTheme()
registerAppShell()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
