using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Tests.Meta;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Baseline
{
    /// <summary>
    /// The baseline's suppressor (docs/baseline.md) over the rules, as the compiler runs it: the project's sources in
    /// <c>/src/</c>, the baseline at <c>/src/privacy-baseline.json</c>.
    /// </summary>
    public class PrivacyBaselineSuppressorTests
    {
        private const string BaselinePath = "/src/privacy-baseline.json";

        private const string Stats = @"
using System;
using System.Collections.Generic;

namespace App;

public class CreatorVideoStats
{
    public int Views { get; init; }
    public List<Guid> ViewerIds { get; init; } = new();
    public List<string> SubscriberEmails { get; init; } = new();
}";

        private static string Baseline(params (string Rule, string File, string Symbol, string Anchor, int Count)[] entries) =>
            "{ \"version\": 1, \"findings\": [" + string.Join(",", entries.Select(e =>
                $"{{ \"rule\": \"{e.Rule}\", \"file\": \"{e.File}\", \"symbol\": \"{e.Symbol}\", \"anchor\": \"{e.Anchor}\", \"message\": \"\", \"count\": {e.Count} }}")) + "] }";

        private static readonly string ViewerIdsOnly = Baseline(("PRIV001", "Stats.cs", "P:App.CreatorVideoStats.ViewerIds", "ViewerIds", 1));

        /// <summary>
        /// Each PRIV finding as "PRIVnnn underlined text", with " (suppressed)" when a suppressor suppressed it, or " (suppressed
        /// in source)" for [SuppressMessage]. Roslyn keeps a suppressor's reason to itself; the compiler writes it to SARIF,
        /// which scripts/check-package.sh checks end to end.
        /// </summary>
        private static async Task<string[]> FindingsAsync(string source, string? baseline, string mode = "", string file = "Stats.cs")
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/src/" + file);
            var compilation = CSharpCompilation.Create("App", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var values = new Dictionary<string, string> { ["build_property.PrivacyBaselineFile"] = BaselinePath, ["build_property.PrivacyBaseline"] = mode };
            var files = baseline is null ? new AdditionalText[0] : new AdditionalText[] { new InMemoryText(BaselinePath, baseline) };
            var analysis = compilation.WithAnalyzers(
                RuleCatalog.Analyzers.ToImmutableArray(),
                new CompilationWithAnalyzersOptions(Policies.With(values, files), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
            var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return diagnostics
                .Where(d => d.Id.StartsWith("PRIV", System.StringComparison.Ordinal))
                .OrderBy(d => d.Location.SourceSpan.Start)
                .Select(d => $"{d.Id} {tree.GetText().ToString(d.Location.SourceSpan)}{(d.IsSuppressed ? Suppression(d, analysis.Compilation) : string.Empty)}")
                .ToArray();
        }

        private static string Suppression(Diagnostic diagnostic, Compilation compilation) =>
            diagnostic.GetSuppressionInfo(compilation)?.Attribute is null ? " (suppressed)" : " (suppressed in source)";

        [Fact]
        public async Task Finding_in_the_baseline_is_suppressed_and_the_others_are_reported()
        {
            var findings = await FindingsAsync(Stats, ViewerIdsOnly);

            Assert.Equal(new[] { "PRIV001 ViewerIds (suppressed)", "PRIV001 SubscriberEmails" }, findings);
        }

        [Fact]
        public async Task Without_a_baseline_every_finding_is_reported()
        {
            var findings = await FindingsAsync(Stats, baseline: null);

            Assert.Equal(new[] { "PRIV001 ViewerIds", "PRIV001 SubscriberEmails" }, findings);
        }

        [Fact]
        public async Task Lines_added_above_and_members_reordered_keep_the_finding_suppressed()
        {
            var edited = "// a header\n// another line\n" + Stats
                .Replace("    public List<Guid> ViewerIds { get; init; } = new();\n", string.Empty)
                .Replace("    public int Views { get; init; }", "    public int Views { get; init; }\n\n    public int Likes { get; init; }\n    public List<Guid> ViewerIds { get; init; } = new();");

            var findings = await FindingsAsync(edited, ViewerIdsOnly);

            Assert.Contains("PRIV001 ViewerIds (suppressed)", findings);
        }

        [Fact]
        public async Task Entry_of_another_file_suppresses_nothing_here()
        {
            var findings = await FindingsAsync(Stats, ViewerIdsOnly, file: "Reports/Stats.cs");

            Assert.DoesNotContain(findings, f => f.Contains("suppressed"));
        }

        [Fact]
        public async Task Entry_of_another_rule_suppresses_nothing()
        {
            var findings = await FindingsAsync(Stats, Baseline(("PRIV004", "Stats.cs", "P:App.CreatorVideoStats.ViewerIds", "ViewerIds", 1)));

            Assert.DoesNotContain(findings, f => f.Contains("suppressed"));
        }

        private const string TwoUnfollowNotices = @"
using System;
using System.Threading.Tasks;

namespace App;

public interface INotificationService { Task SendAsync(Guid userId, string message); }

public class FollowService
{
    private readonly INotificationService _notifications = null!;

    public async Task UnfollowAsync(Guid creatorId)
    {
        await _notifications.SendAsync(creatorId, ""Someone unfollowed you"");
        await _notifications.SendAsync(creatorId, ""Someone unfollowed you, again"");
    }
}";

        [Fact]
        public async Task Count_covers_that_many_identical_findings_and_one_more_is_reported()
        {
            var baseline = Baseline(("PRIV002", "Stats.cs", "M:App.FollowService.UnfollowAsync(System.Guid)", "INotificationService.SendAsync", 1));

            var findings = await FindingsAsync(TwoUnfollowNotices, baseline);

            Assert.Equal(new[] { true, false }, findings.Select(f => f.EndsWith("(suppressed)", System.StringComparison.Ordinal)));
        }

        [Fact]
        public async Task Count_of_two_covers_both_identical_findings()
        {
            var baseline = Baseline(("PRIV002", "Stats.cs", "M:App.FollowService.UnfollowAsync(System.Guid)", "INotificationService.SendAsync", 2));

            var findings = await FindingsAsync(TwoUnfollowNotices, baseline);

            Assert.All(findings, f => Assert.EndsWith("(suppressed)", f));
        }

        [Theory]
        [InlineData("{ \"version\": 1, \"findings\": [ { \"rule\": \"PRIV001\" ")]
        [InlineData("{ \"version\": 2, \"findings\": [] }")]
        [InlineData("{ \"version\": 1, \"findings\": [ { \"rule\": \"PRIV001\", \"file\": \"Stats.cs\", \"symbol\": \"P:App.CreatorVideoStats.ViewerIds\", \"anchor\": \"ViewerIds\", \"count\": 0 } ] }")]
        [InlineData("")]
        public async Task Baseline_that_cannot_be_read_suppresses_nothing(string baseline)
        {
            var findings = await FindingsAsync(Stats, baseline);

            Assert.Equal(new[] { "PRIV001 ViewerIds", "PRIV001 SubscriberEmails" }, findings);
        }

        [Fact]
        public async Task Recording_suppresses_every_finding_so_the_build_that_writes_the_baseline_passes()
        {
            var findings = await FindingsAsync(Stats, baseline: null, mode: "update");

            Assert.Equal(
                new[]
                {
                    "PRIV001 ViewerIds (suppressed)",
                    "PRIV001 SubscriberEmails (suppressed)",
                },
                findings);
        }

        [Fact]
        public async Task Finding_suppressed_in_the_source_is_not_the_baselines()
        {
            var source = Stats.Replace(
                "    public List<string> SubscriberEmails",
                "    [System.Diagnostics.CodeAnalysis.SuppressMessage(\"Privacy\", \"PRIV001\", Justification = \"Subscribers asked for the digest (consent 7)\")]\n    public List<string> SubscriberEmails");

            var both = Baseline(
                ("PRIV001", "Stats.cs", "P:App.CreatorVideoStats.ViewerIds", "ViewerIds", 1),
                ("PRIV001", "Stats.cs", "P:App.CreatorVideoStats.SubscriberEmails", "SubscriberEmails", 1));

            var findings = await FindingsAsync(source, both);

            Assert.Equal(new[] { "PRIV001 ViewerIds (suppressed)", "PRIV001 SubscriberEmails (suppressed in source)" }, findings);
        }

        [Fact]
        public void Every_rule_but_the_policys_can_be_baselined()
        {
            var baselinable = new PrivacyAnalyzers.Baseline.PrivacyBaselineSuppressor().SupportedSuppressions
                .Where(s => s.Id.StartsWith("PRIVB", System.StringComparison.Ordinal))
                .Select(s => s.SuppressedDiagnosticId)
                .Order();

            Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id).Where(id => id != "PRIV000").Order(), baselinable);
        }

        private sealed class InMemoryText(string path, string text) : AdditionalText
        {
            public override string Path { get; } = path;

            public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
        }
    }
}
