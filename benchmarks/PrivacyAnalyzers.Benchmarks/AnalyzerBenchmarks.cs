using System;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Benchmarks.CodeBase;

namespace PrivacyAnalyzers.Benchmarks
{
    /// <summary>
    /// After the shape of dotnet/roslyn-analyzers' PerformanceTests: one compilation of a generated code base, built once,
    /// and <see cref="CompilationWithAnalyzers"/> over a fresh clone of it per operation — PrivacyAnalyzers against an
    /// analyzer that does nothing (the baseline), and binding alone for scale. Each operation takes seconds, so the job
    /// is short: one launch, one warm-up, five measured operations, in process.
    /// </summary>
    [MemoryDiagnoser]
    public class AnalyzerBenchmarks
    {
        public static int Modules { get; set; } = CodeBaseGenerator.DefaultModules;

        public static IConfig Config { get; } = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithInvocationCount(1)
                .WithUnrollFactor(1))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);

        private CSharpCompilation _compilation = null!;
        private AnalyzerOptions _options = null!;
        private int _planted;

        [GlobalSetup]
        public void Setup()
        {
            var codeBase = CodeBaseGenerator.Generate(Modules);
            _compilation = CompilationFactory.Create(codeBase);
            _options = GlobalOptionsProvider.ForGeneratedCodeBase();
            _planted = codeBase.PlantedViolations.Length;
            var errors = _compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            if (errors > 0)
            {
                throw new InvalidOperationException($"The generated code base has {errors} compiler errors.");
            }

            Console.WriteLine($"// code base: {codeBase.Files.Length} files, {codeBase.LineCount} lines, {_planted} planted violations");
        }

        [Benchmark(Description = "Binding: GetDiagnostics()")]
        public int Binding() => _compilation.Clone().GetDiagnostics().Length;

        [Benchmark(Baseline = true, Description = "CompilationWithAnalyzers: empty analyzer")]
        public async Task<int> EmptyAnalyzer()
        {
            var run = await AnalyzerRun.RunAsync(_compilation, AnalyzerSet.Empty, _options, concurrent: true, logExecutionTime: false);
            return run.Diagnostics.Length;
        }

        [Benchmark(Description = "CompilationWithAnalyzers: PrivacyAnalyzers")]
        public async Task<int> PrivacyAnalyzers()
        {
            var run = await AnalyzerRun.RunAsync(_compilation, AnalyzerSet.PrivacyAnalyzers, _options, concurrent: true, logExecutionTime: false);

            // Like the DiagnosticsProduced benchmarks: a run that finds nothing measured nothing.
            if (run.Diagnostics.Length < _planted)
            {
                throw new InvalidOperationException($"Expected at least {_planted} diagnostics, got {run.Diagnostics.Length}.");
            }

            return run.Diagnostics.Length;
        }
    }
}
