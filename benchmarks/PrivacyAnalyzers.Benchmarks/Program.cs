using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;
using PrivacyAnalyzers.Benchmarks.CodeBase;
using PrivacyAnalyzers.Benchmarks.RealWorld;

namespace PrivacyAnalyzers.Benchmarks
{
    /// <summary>
    /// <c>ratio</c> (default): the budget run. <c>check</c>: the findings on a small code base (10 modules) are exactly the
    /// planted violations. <c>check-build &lt;folder&gt; &lt;log&gt;</c>: a real build's findings are exactly the marked violations;
    /// <c>check-map &lt;folder&gt; &lt;privacy-map.json&gt;</c>: so are a privacy map's.
    /// <c>corpus &lt;folder&gt;</c>: the rules over the real-world corpus, scored against realworld/ (docs/real-world.md). <c>generate &lt;dir&gt; --analyzer &lt;dll&gt;</c>: write the code base as a buildable project.
    /// <c>bdn</c>: the BenchmarkDotNet suite (arguments after it go to BenchmarkDotNet).
    /// <c>compare &lt;dll&gt; &lt;dll&gt; …</c>: builds of PrivacyAnalyzers.dll measured against each other in one process.
    /// <c>--modules N</c> sizes the code base (default 100: about 1,200 files and 100,000 lines).
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            var mode = args.Length > 0 && !args[0].StartsWith("-", StringComparison.Ordinal) ? args[0] : "ratio";
            var modules = IntOption(args, "--modules", CodeBaseGenerator.DefaultModules);
            switch (mode)
            {
                case "ratio":
                    return await RatioRun.RunAsync(modules, IntOption(args, "--iterations", RatioRun.DefaultIterations), args.Contains("--concurrent"), args.Contains("--pause-after-warm-up"), Option(args, "--rule"));
                case "compare":
                    var builds = args.Skip(1).TakeWhile(arg => !arg.StartsWith("-", StringComparison.Ordinal)).ToArray();
                    if (builds.Length < 2)
                    {
                        Console.Error.WriteLine("usage: compare <PrivacyAnalyzers.dll> <PrivacyAnalyzers.dll> [...] [--iterations N] [--modules N]");
                        return 2;
                    }

                    return await CompareRun.RunAsync(builds, modules, IntOption(args, "--iterations", 7));
                case "check":
                    return await FindingsCheck.RunAsync(IntOption(args, "--modules", 10));
                case "check-build":
                    if (args.Length < 3)
                    {
                        Console.Error.WriteLine("usage: check-build <project folder> <build log>");
                        return 2;
                    }

                    return MarkedViolationsCheck.FromBuildLog(args[1], args[2]);
                case "check-map":
                    if (args.Length < 3)
                    {
                        Console.Error.WriteLine("usage: check-map <project folder> <privacy-map.json>");
                        return 2;
                    }

                    return MarkedViolationsCheck.FromPrivacyMap(args[1], args[2]);
                case "corpus":
                    if (args.Length < 2)
                    {
                        Console.Error.WriteLine("usage: corpus <corpus folder> [--labels <realworld folder>] [--repo <name>] [--markdown <file>]");
                        return 2;
                    }

                    return await CorpusScan.RunAsync(args[1], Option(args, "--labels") ?? "realworld", Option(args, "--repo"), Option(args, "--markdown"));
                case "generate":
                    if (args.Length < 2 || Option(args, "--analyzer") is not { } analyzer)
                    {
                        Console.Error.WriteLine("usage: generate <directory> --analyzer <PrivacyAnalyzers.dll> [--modules N]");
                        return 2;
                    }

                    var codeBase = CodeBaseGenerator.Generate(modules);
                    codeBase.WriteProject(Path.GetFullPath(args[1]), Path.GetFullPath(analyzer));
                    Console.WriteLine($"{Path.GetFullPath(args[1])}: {codeBase.Files.Length} files, {codeBase.LineCount} lines, {codeBase.PlantedViolations.Length} planted violations");
                    return 0;
                case "bdn":
                    AnalyzerBenchmarks.Modules = modules;
                    BenchmarkRunner.Run<AnalyzerBenchmarks>(AnalyzerBenchmarks.Config, WithoutOption(args.Skip(1).ToArray(), "--modules"));
                    return 0;
                default:
                    Console.Error.WriteLine($"unknown mode '{mode}': ratio | check | check-build <folder> <log> | check-map <folder> <json> | corpus <folder> | compare <dll> <dll> | generate <dir> --analyzer <dll> | bdn");
                    return 2;
            }
        }

        private static string? Option(string[] args, string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        private static string[] WithoutOption(string[] args, string name)
        {
            var index = Array.IndexOf(args, name);
            return index < 0 ? args : args.Take(index).Concat(args.Skip(index + 2)).ToArray();
        }

        private static int IntOption(string[] args, string name, int fallback) =>
            Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
    }
}
