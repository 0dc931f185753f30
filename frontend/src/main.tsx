import 'bootstrap/dist/css/bootstrap.min.css'
import 'react-toastify/ReactToastify.css'
import './styles.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app'
import { applyTheme } from '@/lib/theme'

applyTheme()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
