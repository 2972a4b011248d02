import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { FormProvider, useForm, type Path } from 'react-hook-form'
import { configSchema, type Config, type ConfigInput } from '../domain/config/schema'
import { PreviewPanel } from '../features/preview/preview-panel'
import { stepIndexOfField } from '../features/wizard/steps'
import { Wizard } from '../features/wizard/wizard'
import { readInitialConfig, type ShareNotice } from './initial-config'
import { ShareNoticeBanner } from './share-notice-banner'

/** Composition only: the initial configuration, the one form, and the layout. */
export function App() {
  const [initial] = useState(() => readInitialConfig(window.location.hash))
  const [notice, setNotice] = useState<ShareNotice | null>(initial.notice)
  const [stepIndex, setStepIndex] = useState(0)
  const form = useForm<ConfigInput, unknown, Config>({
    resolver: zodResolver(configSchema),
    defaultValues: initial.values,
    mode: 'onTouched',
  })
  const { getValues, reset, setFocus, trigger } = form

  // A share link pasted into this tab's address bar: load it, or say what is wrong and keep the answers.
  useEffect(() => {
    function onHashChange() {
      const next = readInitialConfig(window.location.hash)
      if (next.notice) {
        setNotice({ ...next.notice, fallback: 'Your answers are unchanged.' })
      } else if (window.location.hash !== '') {
        reset(next.values)
        setNotice(null)
      }
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [reset])

  function goToField(field: string) {
    flushSync(() => setStepIndex(stepIndexOfField(getValues('target'), field)))
    const path = field as Path<ConfigInput>
    void trigger(path)
    try {
      setFocus(path)
    } catch {
      // a whole list (such as "buckets") has no single control to focus
    }
  }

  return (
    <FormProvider {...form}>
      <header className="app-header">
        <h1>EMR Role Builder</h1>
        <p>Least-privilege IAM documents for EMR Serverless and EMR on EKS job roles, written as you answer.</p>
      </header>
      {notice && <ShareNoticeBanner notice={notice} onDismiss={() => setNotice(null)} />}
      <main className="layout">
        <Wizard stepIndex={stepIndex} onStepChange={setStepIndex} />
        <PreviewPanel
          onGoToField={goToField}
          onImportProblem={(problem) => setNotice(problem && { ...problem, fallback: 'Your answers are unchanged.' })}
        />
      </main>
      <footer className="app-footer">
        Runs entirely in your browser: nothing you type leaves this page. Share links keep the configuration in the
        part after “#”, which browsers never send to a server.
      </footer>
    </FormProvider>
  )
}
