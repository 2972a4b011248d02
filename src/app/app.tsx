import { useState } from 'react'
import { flushSync } from 'react-dom'
import { FormProvider, useForm, type Path } from 'react-hook-form'
import { revealField } from '../components/field-reveal'
import type { Config, ConfigInput } from '../domain/config/schema'
import { deriverResolver } from '../features/preview/deriver-resolver'
import { createPreviewDeriver } from '../features/preview/preview-deriver'
import { PreviewPanel } from '../features/preview/preview-panel'
import { stepIndexOfField } from '../features/wizard/steps'
import { Wizard } from '../features/wizard/wizard'
import { AppErrorBoundary } from './app-error-boundary'
import { readInitialConfig } from './initial-config'
import { SectionJump } from './section-jump'
import { ShareNoticeBanner } from './share-notice-banner'
import { useConfigLoader } from './use-config-loader'

/** Composition only: the initial configuration, the one form, and the layout (the page's header is in index.html). */
export function App() {
  const [initial] = useState(() => readInitialConfig(window.location.hash))
  const [stepIndex, setStepIndex] = useState(0)
  // One deriver (a worker, for the life of the page) checks the answers for the form and makes the documents.
  const [deriver] = useState(createPreviewDeriver)
  const form = useForm<ConfigInput, unknown, Config>({
    resolver: deriverResolver(deriver),
    defaultValues: initial.values,
    mode: 'onTouched',
  })
  const { getValues, setFocus, trigger } = form
  const { notice, dismissNotice, openFile } = useConfigLoader(form, initial)

  function goToField(field: string) {
    flushSync(() => setStepIndex(stepIndexOfField(getValues('target'), field)))
    const path = field as Path<ConfigInput>
    void trigger(path)
    revealField(field) // a row of a virtualised list (buckets.899.name) is rendered before it is focused
    try {
      setFocus(path)
    } catch {
      // a whole list (such as "buckets") has no single control to focus
    }
  }

  return (
    <FormProvider {...form}>
      <AppErrorBoundary getValues={getValues}>
        {notice && <ShareNoticeBanner notice={notice} onGoToField={goToField} onDismiss={dismissNotice} />}
        <SectionJump />
        <main className="layout">
          <Wizard stepIndex={stepIndex} onStepChange={setStepIndex} />
          <PreviewPanel deriver={deriver} onGoToField={goToField} onImport={openFile} />
        </main>
      </AppErrorBoundary>
      <footer className="app-footer">
        Runs entirely in your browser: nothing you type leaves this page. Share links keep the configuration in the
        part after “#”, which browsers never send to a server.
      </footer>
    </FormProvider>
  )
}
