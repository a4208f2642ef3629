using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Benchmarks
{
    /// <summary>One pass of analyzers over a fresh clone of a compilation: its diagnostics, wall time and per-analyzer time.</summary>
    internal sealed class AnalyzerRun
    {
        private AnalyzerRun(ImmutableArray<Diagnostic> diagnostics, TimeSpan wallTime, long allocatedBytes, TimeSpan gcPauses, ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> executionTimes)
        {
            GcPauses = gcPauses;
            Diagnostics = diagnostics;
            WallTime = wallTime;
            AllocatedBytes = allocatedBytes;
            ExecutionTimes = executionTimes;
        }

        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>From creating the driver to the last diagnostic: binding, the driver's dispatch and the analyzers.</summary>
        public TimeSpan WallTime { get; }

        /// <summary>
        /// Bytes the whole process allocated during the run. Against the baseline's, what the analyzers allocate: unlike
        /// time, it does not move with the load on the machine, and every allocation brings the next collection nearer,
        /// whose pause lands in whichever callback is running.
        /// </summary>
        public long AllocatedBytes { get; }

        /// <summary>How long garbage collections paused the process during the run: a pause is counted in whichever callback was running.</summary>
        public TimeSpan GcPauses { get; }

        /// <summary>Time spent inside each analyzer's callbacks, as the driver logs it.</summary>
        public ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> ExecutionTimes { get; }

        public TimeSpan TotalExecutionTime => ExecutionTimes.Values.Aggregate(TimeSpan.Zero, (sum, time) => sum + time);

        /// <summary>
        /// Binding alone: <c>GetDiagnostics()</c> (declarations and method bodies, no emit) on a fresh clone, so nothing
        /// bound by an earlier run is reused.
        /// </summary>
        public static TimeSpan MeasureBinding(Compilation compilation, bool concurrent, out ImmutableArray<Diagnostic> diagnostics)
        {
            var clone = WithConcurrentBuild(compilation, concurrent);
            var stopwatch = Stopwatch.StartNew();
            diagnostics = clone.GetDiagnostics();
            return stopwatch.Elapsed;
        }

        public static async Task<AnalyzerRun> RunAsync(
            Compilation compilation,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            AnalyzerOptions options,
            bool concurrent,
            bool logExecutionTime,
            CancellationToken cancellationToken = default)
        {
            var exceptions = new ConcurrentQueue<Exception>();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var pausedBefore = GC.GetTotalPauseDuration();
            var stopwatch = Stopwatch.StartNew();
            var withAnalyzers = WithConcurrentBuild(compilation, concurrent).WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(
                    options,
                    onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
                    concurrentAnalysis: concurrent,
                    logAnalyzerExecutionTime: logExecutionTime,
                    reportSuppressedDiagnostics: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            var wallTime = stopwatch.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var paused = GC.GetTotalPauseDuration() - pausedBefore;
            if (!exceptions.IsEmpty)
            {
                throw new AggregateException("An analyzer threw.", exceptions);
            }

            var times = ImmutableDictionary.CreateBuilder<DiagnosticAnalyzer, TimeSpan>();
            if (logExecutionTime)
            {
                foreach (var analyzer in analyzers)
                {
                    var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false);
                    times[analyzer] = telemetry.ExecutionTime;
                }
            }

            return new AnalyzerRun(diagnostics, wallTime, allocated, paused, times.ToImmutable());
        }

        private static Compilation WithConcurrentBuild(Compilation compilation, bool concurrent) =>
            compilation.Options.ConcurrentBuild == concurrent
                ? compilation.Clone()
                : compilation.WithOptions(compilation.Options.WithConcurrentBuild(concurrent));

        public static IReadOnlyDictionary<string, int> CountById(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
    }
}
