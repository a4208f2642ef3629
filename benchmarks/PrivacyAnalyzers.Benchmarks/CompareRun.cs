using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Benchmarks.CodeBase;

namespace PrivacyAnalyzers.Benchmarks
{
    /// <summary>
    /// Two or more builds of PrivacyAnalyzers.dll measured in one process, iteration by iteration in alternating order,
    /// on fresh clones of one compilation: the machine's drift then falls on every build alike, so a change of a few
    /// milliseconds shows, where two ratio runs minutes apart differ by more than that. Each build loads into its own
    /// <see cref="AssemblyLoadContext"/>; Roslyn is shared.
    /// </summary>
    internal static class CompareRun
    {
        public static async Task<int> RunAsync(IReadOnlyList<string> builds, int modules, int iterations)
        {
            var codeBase = CodeBaseGenerator.Generate(modules);
            var compilation = CompilationFactory.Create(codeBase);
            var options = GlobalOptionsProvider.ForGeneratedCodeBase();
            var analyzerSets = builds.Select(Load).ToArray();
            Console.WriteLine($"PrivacyAnalyzers builds compared on {codeBase.Files.Length:N0} files, {codeBase.LineCount:N0} lines; {iterations} measured iterations after 1 warm-up, medians");
            for (var build = 0; build < builds.Count; build++)
            {
                Console.WriteLine($"  v{build} : {builds[build]}");
            }

            // times[build][rule id] = time per measured iteration; "all" is the sum over the analyzers.
            var times = builds.Select(_ => new Dictionary<string, List<TimeSpan>>(StringComparer.Ordinal)).ToArray();
            for (var iteration = 0; iteration <= iterations; iteration++)
            {
                foreach (var build in Order(builds.Count, iteration))
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    var run = await AnalyzerRun.RunAsync(compilation, analyzerSets[build], options, concurrent: false, logExecutionTime: true);
                    Console.WriteLine($"  {(iteration == 0 ? "warm-up" : "run " + iteration),-8} v{build}: {Ms(run.TotalExecutionTime)} in analyzers");
                    if (iteration > 0)
                    {
                        foreach (var (analyzer, time) in run.ExecutionTimes)
                        {
                            Add(times[build], AnalyzerSet.Ids(analyzer), time);
                        }

                        Add(times[build], "all", run.TotalExecutionTime);
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine($"  {"rules",-16}" + string.Concat(Enumerable.Range(0, builds.Count).Select(build => $"{"v" + build,10}")));
            // Builds may group rules differently (one analyzer reporting two rules): each grouping is a row, blank where a
            // build does not have it.
            var rows = times.SelectMany(build => build.Keys).Distinct(StringComparer.Ordinal);
            foreach (var rules in rows.OrderBy(key => key == "all").ThenBy(key => key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {rules,-16}" + string.Concat(times.Select(build => $"{(build.TryGetValue(rules, out var time) ? Ms(RatioRun.Median(time)) : "-"),10}")));
            }

            return 0;
        }

        /// <summary>The builds in turn, rotated each iteration, so that none always runs first or after the same one.</summary>
        private static IEnumerable<int> Order(int builds, int iteration) =>
            Enumerable.Range(0, builds).Select(index => (index + iteration) % builds);

        private static ImmutableArray<DiagnosticAnalyzer> Load(string path)
        {
            var assembly = new AssemblyLoadContext(path).LoadFromAssemblyPath(Path.GetFullPath(path));
            return AnalyzerSet.AnalyzersIn(assembly);
        }

        private static void Add(Dictionary<string, List<TimeSpan>> times, string key, TimeSpan time)
        {
            if (!times.TryGetValue(key, out var list))
            {
                times[key] = list = new List<TimeSpan>();
            }

            list.Add(time);
        }

        private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";
    }
}
