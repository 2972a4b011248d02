import { useCallback, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { defaultConfig } from '../domain/config/defaults'
import type { Config, ConfigInput } from '../domain/config/schema'
import { deriverResolver } from '../features/preview/deriver-resolver'
import { createPreviewDeriver } from '../features/preview/preview-deriver'
import { PreviewPanel } from '../features/preview/preview-panel'
import { Wizard } from '../features/wizard/wizard'
import { AppErrorBoundary } from './app-error-boundary'
import { AppActions } from './app-actions'
import { readStartUp } from './autosave/start-up'
import { UnreadableSavedNotice } from './autosave/unreadable-saved-notice'
import { useAutosave } from './autosave/use-autosave'
import { SectionJump } from './section-jump'
import { ShareNoticeBanner } from './share-notice-banner'
import { useStepHistory } from './step-history'
import { SwapStatus } from './undo/swap-status'
import { useAnswerSwap } from './undo/use-answer-swap'
import { useConfigLoader } from './use-config-loader'
import { useGoToField } from './use-go-to-field'

/** Composition only: the starting answers, the one form, saving, history and Undo, and the layout (the page's title is in index.html). */
export function App() {
  const [startUp] = useState(readStartUp)
  // One deriver (a worker, for the life of the page) checks the answers for the form and makes the documents.
  const [deriver] = useState(createPreviewDeriver)
  const form = useForm<ConfigInput, unknown, Config>({
    resolver: deriverResolver(deriver),
    defaultValues: startUp.values,
    mode: 'onTouched',
  })
  const { getValues } = form
  const readTarget = useCallback(() => getValues('target'), [getValues])
  const steps = useStepHistory(readTarget, startUp.values.target)
  const swap = useAnswerSwap(form, steps)
  const loader = useConfigLoader(form, startUp, swap)
  const saving = useAutosave(form, startUp.maySave)
  const [showUnreadable, setShowUnreadable] = useState(startUp.unreadableSaved !== null)
  const goToField = useGoToField(form, steps.goToStep)

  function startOver() {
    swap.replaceAnswers({ values: defaultConfig(), problems: [], stepIndex: 0 }, { message: 'Started over from the defaults.' })
    loader.dropStaleNotice()
  }

  /** Undo or Redo: a notice about the answers it replaces no longer applies. */
  function move(take: () => void) {
    take()
    loader.dropStaleNotice()
  }

  return (
    <FormProvider {...form}>
      <AppActions saving={saving} onStartOver={startOver} />
      <AppErrorBoundary getValues={getValues}>
        {showUnreadable && startUp.unreadableSaved && (
          <UnreadableSavedNotice unreadable={startUp.unreadableSaved} keptAside={startUp.maySave} onDismiss={() => setShowUnreadable(false)} />
        )}
        {loader.notice && (
          <ShareNoticeBanner
            notice={loader.notice}
            onGoToField={goToField}
            onDismiss={loader.dismissNotice}
            onOpenLink={loader.openLinkAnswers}
            onKeepSaved={loader.keepSavedAnswers}
          />
        )}
        <SwapStatus history={swap.history} onUndo={() => move(swap.undo)} onRedo={() => move(swap.redo)} onDismiss={swap.dismiss} />
        <SectionJump />
        <main className="layout">
          <Wizard stepIndex={steps.stepIndex} onStepChange={steps.goToStep} />
          <PreviewPanel deriver={deriver} onGoToField={goToField} onImport={loader.openFile} />
        </main>
      </AppErrorBoundary>
      <footer className="app-footer">
        Runs entirely in your browser: nothing you type leaves this page. Your answers are kept in this browser’s storage,
        so a reload loses nothing. Share links keep the configuration in the part after “#”, which browsers never send to
        a server.
      </footer>
    </FormProvider>
  )
}
