using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>Every analyzer survives what the IDE feeds it while a person types: nothing, and code that does not compile.</summary>
    public class AnalyzerRobustnessTests
    {
        public static IEnumerable<object[]> Analyzers => RuleCatalog.AnalyzerData;

        private const string BrokenSource = @"
namespace Acme.Creators
{
    [CreatorFacing(
    public class CreatorStatsDto : MissingBase, IMissing<
    {
        public List<Guid> ViewerIds { get; set; } = new(
        public Missing<Guid, > Downloads;
        public record CreatorDigest(Guid CreatorId, IReadOnlyList<string> SubscriberEmails, ) : Unknown(
        public PagedResult<RecentViewer> RecentViewers => 
";

        [Theory]
        [MemberData(nameof(Analyzers))]
        public async Task Analyzer_runs_on_an_empty_file(string name)
        {
            await RunAsync(RuleCatalog.Analyzer(name), string.Empty);
        }

        [Theory]
        [MemberData(nameof(Analyzers))]
        public async Task Analyzer_runs_on_code_that_does_not_compile_and_reports_only_inside_it(string name)
        {
            var diagnostics = await RunAsync(RuleCatalog.Analyzer(name), BrokenSource);
            Assert.All(diagnostics, d => Assert.True(d.Location == Location.None || d.Location.SourceSpan.End <= BrokenSource.Length));
        }

        private static async Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, string source)
        {
            var compilation = CSharpCompilation.Create(
                "Robustness",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview)) },
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var exceptions = new ConcurrentQueue<Exception>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
            Assert.Empty(exceptions);
            return diagnostics;
        }
    }
}
