using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Benchmarks.CodeBase;

namespace PrivacyAnalyzers.Benchmarks
{
    /// <summary>
    /// The budget, measured in one run: binding the generated code base (<c>GetDiagnostics()</c>) against the time the
    /// analyzer driver logs inside each PrivacyAnalyzers analyzer, sequentially so both are single-threaded work. Budget:
    /// all analyzers together at most 3% of binding, with a tolerance of 0.3 percentage points for the machine's noise
    /// (docs/performance.md). Each rule's share is printed for the record. Medians over the measured iterations.
    /// </summary>
    internal static class RatioRun
    {
        public const double TotalBudget = 0.03;

        /// <summary>The largest spread seen between two runs of the same build on the budget machine (2.63 % and 2.93 %).</summary>
        public const double Tolerance = 0.003;

        /// <summary>
        /// Measured iterations by default. Some iterations take a collection pause inside an analyzer callback, which the
        /// driver counts against that analyzer: the more iterations, the less the median rests on how many did.
        /// </summary>
        public const int DefaultIterations = 11;

        /// <param name="rule">Only the analyzer of this rule (PRIV003), to measure it alone; null for all of them.</param>
        public static async Task<int> RunAsync(int modules, int iterations, bool concurrent, bool pauseAfterWarmUp, string? rule)
        {
            var codeBase = CodeBaseGenerator.Generate(modules);
            var compilation = CompilationFactory.Create(codeBase);
            var options = GlobalOptionsProvider.ForGeneratedCodeBase();
            var analyzers = rule is null
                ? AnalyzerSet.PrivacyAnalyzers
                : AnalyzerSet.PrivacyAnalyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == rule)).ToImmutableArray();

            Console.WriteLine("PrivacyAnalyzers performance budget");
            Console.WriteLine($"  code base : {codeBase.Modules} modules, {codeBase.Files.Length:N0} files, {codeBase.LineCount:N0} lines (generated)");
            Console.WriteLine($"  machine   : {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
            Console.WriteLine($"  mode      : {(concurrent ? "concurrent" : "sequential")} binding and analysis, {iterations} measured iterations after 1 warm-up, medians");
            Console.WriteLine($"  analyzers : {string.Join(", ", analyzers.Select(a => a.GetType().Name))}");

            var bindings = new List<TimeSpan>();
            var baselines = new List<TimeSpan>();
            var baselineCallbacks = new List<TimeSpan>();
            var walls = new List<TimeSpan>();
            var allocations = new List<long>();
            var times = analyzers.ToDictionary(a => a, _ => new List<TimeSpan>());
            AnalyzerRun? last = null;
            ImmutableArray<Diagnostic> compilerDiagnostics = default;
            for (var iteration = 0; iteration <= iterations; iteration++)
            {
                Collect();
                var binding = AnalyzerRun.MeasureBinding(compilation, concurrent, out compilerDiagnostics);
                Collect();
                var baseline = await AnalyzerRun.RunAsync(compilation, AnalyzerSet.Empty, options, concurrent, logExecutionTime: true);
                Collect();
                var run = await AnalyzerRun.RunAsync(compilation, analyzers, options, concurrent, logExecutionTime: true);
                var label = iteration == 0 ? "warm-up" : $"run {iteration}";
                var allocatedOverBaseline = AllocatedOverBaseline(run, baseline);
                Console.WriteLine($"  {label,-9} : binding {Ms(binding)}, empty analyzer {Ms(baseline.WallTime)}, PrivacyAnalyzers {Ms(run.WallTime)} wall / {Ms(run.TotalExecutionTime)} in analyzers, {(allocatedOverBaseline is { } bytes ? Mb(bytes) : "n/a (the runtime's count jumped)")} allocated over the baseline (of {Mb(run.AllocatedBytes)}), GC pauses {Ms(run.GcPauses)}");
                if (iteration == 0)
                {
                    if (pauseAfterWarmUp)
                    {
                        // For a profiler to attach to the measured runs only: press Enter to go on.
                        Console.WriteLine($"  warmed up; process {Environment.ProcessId} waits for Enter");
                        Console.ReadLine();
                    }

                    continue;
                }

                bindings.Add(binding);
                baselines.Add(baseline.WallTime);
                baselineCallbacks.Add(baseline.TotalExecutionTime);
                walls.Add(run.WallTime);
                if (allocatedOverBaseline is { } overBaseline)
                {
                    allocations.Add(overBaseline);
                }

                foreach (var analyzer in analyzers)
                {
                    times[analyzer].Add(run.ExecutionTimes[analyzer]);
                }

                last = run;
            }

            var errors = compilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var bindingMedian = Median(bindings);
            Console.WriteLine();
            Console.WriteLine($"  compiler errors                      : {errors}");
            Console.WriteLine($"  binding, GetDiagnostics()            : {Ms(bindingMedian)}");
            Console.WriteLine($"  empty-analyzer baseline (wall)       : {Ms(Median(baselines))}  ({Ms(Median(baselineCallbacks))} in its empty callbacks)");
            Console.WriteLine($"  PrivacyAnalyzers (wall)              : {Ms(Median(walls))}  ({Percent((Median(walls) - Median(baselines)) / bindingMedian)} of binding over the baseline)");
            Console.WriteLine($"  PrivacyAnalyzers allocations         : {(allocations.Count == 0 ? "n/a" : Mb((long)Median(allocations.Select(bytes => (double)bytes))))} over the baseline");
            Console.WriteLine();
            // The verdict divides medians. Beside it, for the record, the median of each iteration's own ratio: binding and
            // analysis ran back to back there, in the same state of the machine.
            Console.WriteLine($"  {"analyzer",-46} {"rules",-8} {"time",10} {"of binding",11}  {"per iteration",13}");
            var total = TimeSpan.Zero;
            foreach (var analyzer in analyzers)
            {
                var median = Median(times[analyzer]);
                total += median;
                Console.WriteLine($"  {analyzer.GetType().Name,-46} {AnalyzerSet.Ids(analyzer),-8} {Ms(median),10} {Percent(median / bindingMedian),11}  {Percent(MedianRatio(times[analyzer], bindings)),13}");
            }

            // The sum of the medians: one slow iteration of one analyzer does not make every analyzer slow.
            var totalRatio = total / bindingMedian;
            var totals = bindings.Select((_, i) => analyzers.Aggregate(TimeSpan.Zero, (sum, analyzer) => sum + times[analyzer][i])).ToList();
            Console.WriteLine($"  {"all PrivacyAnalyzers",-46} {string.Empty,-8} {Ms(total),10} {Percent(totalRatio),11}  {Percent(MedianRatio(totals, bindings)),13}");
            Console.WriteLine();

            // One rule alone finds only its share of the planted violations.
            var asPlanted = rule is not null || FindingsCheck.Report(codeBase, last!.Diagnostics);
            Console.WriteLine();
            var met = totalRatio <= TotalBudget + Tolerance;
            Console.WriteLine($"  verdict: budget {Verdict(totalRatio)} (all analyzers {Percent(totalRatio)} of binding; budget 3 %, tolerance 0.3 points)");
            return met && asPlanted && errors == 0 ? 0 : 1;
        }

        private static string Verdict(double totalRatio) =>
            totalRatio <= TotalBudget ? "met"
            : totalRatio <= TotalBudget + Tolerance ? "met within the tolerance"
            : "MISSED";

        private static void Collect()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        /// <summary>The median of the measured iterations; shared with <see cref="CompareRun"/>.</summary>
        internal static TimeSpan Median(List<TimeSpan> values) => TimeSpan.FromTicks((long)Median(values.Select(value => (double)value.Ticks)));

        /// <summary>The median over the iterations of each one's time divided by its own binding time.</summary>
        private static double MedianRatio(List<TimeSpan> times, List<TimeSpan> bindings) =>
            Median(times.Select((time, i) => time / bindings[i]));

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(value => value).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }

        private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";

        /// <summary>
        /// What the analyzers allocated over the empty baseline, or null when either count is not to be trusted. Under
        /// server GC's dynamic heap count (DATAS, as csc runs), <see cref="GC.GetTotalAllocatedBytes(bool)"/> sums only the
        /// heaps active at the time, so it drops or jumps by gigabytes when a heap is retired or brought back
        /// (dotnet/runtime#131069; seen here on .NET 10.0.12). The two runs allocate within a few percent of each other.
        /// </summary>
        private static long? AllocatedOverBaseline(AnalyzerRun run, AnalyzerRun baseline)
        {
            var overBaseline = run.AllocatedBytes - baseline.AllocatedBytes;
            return run.AllocatedBytes > 0 && baseline.AllocatedBytes > 0
                && Math.Abs(overBaseline) < Math.Min(run.AllocatedBytes, baseline.AllocatedBytes) / 2
                ? overBaseline
                : null;
        }

        private static string Mb(long bytes) => (bytes / 1048576.0).ToString("N1", CultureInfo.InvariantCulture) + " MB";

        private static string Percent(double ratio) => (ratio * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
    }
}
