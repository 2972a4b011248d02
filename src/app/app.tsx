import { lazy, memo, Suspense, useCallback, useEffect, useState } from 'react'
import { FormProvider, useForm, useWatch, type UseFormReturn } from 'react-hook-form'
import { defaultConfig } from '../domain/config/defaults'
import type { Config, ConfigInput } from '../domain/config/schema'
import { deriverResolver } from '../features/preview/deriver-resolver'
import type { DerivedPreview } from '../features/preview/derive-preview'
import { LazyReviewPanel } from '../features/preview/lazy-review-panel'
import { createPreviewDeriver, type PreviewDeriver } from '../features/preview/preview-deriver'
import { PreviewPanel } from '../features/preview/preview-panel'
import { stepsFor } from '../features/wizard/steps'
import { Wizard } from '../features/wizard/wizard'
import { trackPointerPresses } from '../lib/pointer-press'
import { AppErrorBoundary } from './app-error-boundary'
import { AppActions } from './app-actions'
import type { StartUp } from './autosave/start-up'
import { useAutosave } from './autosave/use-autosave'
import { SectionJump } from './section-jump'
import { useStepHistory } from './step-history'
import { SwapStatus } from './undo/swap-status'
import { useAnswerSwap } from './undo/use-answer-swap'
import { useConfigLoader } from './use-config-loader'
import { topicOfStep } from './preview-topic'
import { useGoToField } from './use-go-to-field'

// Shown only after a link or file opened with something to say: loaded then, not with every page.
const ShareNoticeBanner = lazy(() => import('./share-notice-banner').then((m) => ({ default: m.ShareNoticeBanner })))
// Shown only when this browser's saved answers could not be read: loaded then, not with every page.
const UnreadableSavedNotice = lazy(() => import('./autosave/unreadable-saved-notice').then((m) => ({ default: m.UnreadableSavedNotice })))

interface AppProps {
  /** The starting answers, read before the first render (main.tsx), in a task of their own. */
  startUp: StartUp
  /** The documents of the starting answers, made before the first render (main.tsx); none if their code did not load. */
  firstPreview: DerivedPreview | undefined
}

/**
 * The one form. Its context carries the form's methods but not its state: fields read their own errors with
 * useFormState, so a change of form state (react-hook-form sets "ready" in a layout effect, right after the
 * first commit) re-renders this component alone, not every field on the page.
 */
export function App({ startUp, firstPreview }: AppProps) {
  // One deriver (a worker, for the life of the page) checks the answers for the form and makes the documents.
  const [deriver] = useState(createPreviewDeriver)
  const form = useForm<ConfigInput, unknown, Config>({
    resolver: deriverResolver(deriver),
    defaultValues: startUp.values,
    mode: 'onTouched',
  })
  const [firstFormState] = useState(() => form.formState)
  // The resolver holds a message back while a press is in progress, so the click lands where it was aimed.
  useEffect(() => trackPointerPresses(), [])
  // The first preview serves the panel's first mount only: a panel mounted again ("Try again" after a crash)
  // derives the answers as they are then.
  const [takeFirstPreview] = useState(() => {
    let first: DerivedPreview | undefined = firstPreview
    return () => {
      const taken = first
      first = undefined
      return taken
    }
  })
  return (
    <FormProvider {...form} formState={firstFormState}>
      <AppBody form={form} deriver={deriver} startUp={startUp} takeFirstPreview={takeFirstPreview} />
    </FormProvider>
  )
}

interface AppBodyProps {
  startUp: StartUp
  form: UseFormReturn<ConfigInput, unknown, Config>
  deriver: PreviewDeriver
  takeFirstPreview: () => DerivedPreview | undefined
}

/** Composition only: saving, history and Undo, and the layout (the page's title is in index.html). */
const AppBody = memo(function AppBody({ form, deriver, startUp, takeFirstPreview }: AppBodyProps) {
  const { getValues } = form
  const readTarget = useCallback(() => getValues('target'), [getValues])
  const steps = useStepHistory(readTarget, startUp.values.target)
  const swap = useAnswerSwap(form, steps)
  const loader = useConfigLoader(form, startUp, swap)
  const saving = useAutosave(form, startUp.maySave)
  const [showUnreadable, setShowUnreadable] = useState(startUp.unreadableSaved !== null)
  const goToField = useGoToField(form, steps.goToStep)
  const target = useWatch({ control: form.control, name: 'target' })
  const topic = topicOfStep(stepsFor(target)[steps.stepIndex]?.id)

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
    <>
      <AppActions saving={saving} onStartOver={startOver} onOpenPreset={loader.openFile} />
      <AppErrorBoundary getValues={getValues}>
        {showUnreadable && startUp.unreadableSaved && (
          <Suspense fallback={null}>
            <UnreadableSavedNotice unreadable={startUp.unreadableSaved} keptAside={startUp.maySave} onDismiss={() => setShowUnreadable(false)} />
          </Suspense>
        )}
        {loader.notice && (
          <Suspense fallback={null}>
            <ShareNoticeBanner
              notice={loader.notice}
              onGoToField={goToField}
              onDismiss={loader.dismissNotice}
              onOpenLink={loader.openLinkAnswers}
              onKeepSaved={loader.keepSavedAnswers}
            />
          </Suspense>
        )}
        <SwapStatus history={swap.history} onUndo={() => move(swap.undo)} onRedo={() => move(swap.redo)} onDismiss={swap.dismiss} />
        <SectionJump />
        <main className="layout">
          <Wizard
            stepIndex={steps.stepIndex}
            onStepChange={steps.goToStep}
            reviewPanel={
              <Suspense fallback={null}>
                <LazyReviewPanel deriver={deriver} onGoToField={goToField} />
              </Suspense>
            }
          />
          <PreviewPanel deriver={deriver} takeFirstPreview={takeFirstPreview} onGoToField={goToField} onImport={loader.openFile} topic={topic} />
        </main>
      </AppErrorBoundary>
      <footer className="app-footer">
        Runs entirely in your browser: nothing you type leaves this page. Your answers are kept in this browser’s storage,
        so a reload loses nothing. Share links keep the configuration in the part after “#”, which browsers never send to
        a server.
      </footer>
    </>
  )
})
