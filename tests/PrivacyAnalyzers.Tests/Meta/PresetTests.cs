using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>
    /// The PrivacyAnalysisMode presets shipped in the package (src/PrivacyAnalyzers.Package/buildTransitive): each
    /// lists every rule at the preset's severity, and applying one changes what a build reports.
    /// </summary>
    public class PresetTests
    {
        private const string Leak = "public class CreatorVideoStatsDto { public System.Collections.Generic.List<System.Guid> ViewerIds { get; set; } = new(); }";

        public static IEnumerable<object[]> Presets => new[]
        {
            new object[] { "Recommended" }, new object[] { "Strict" }, new object[] { "Audit" }, new object[] { "None" },
        };

        private static string PresetPath(string mode) => Path.Combine(
            RuleCatalog.RepositoryRoot, "src", "PrivacyAnalyzers.Package", "buildTransitive", "config", $"PrivacyAnalysisMode.{mode}.globalconfig");

        private static string ExpectedSeverity(string mode, DiagnosticDescriptor descriptor) => mode switch
        {
            "Strict" => "error",
            "Audit" => "suggestion",
            "None" => "none",
            _ => descriptor.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                DiagnosticSeverity.Info => "suggestion",
                _ => "silent",
            },
        };

        [Theory]
        [MemberData(nameof(Presets))]
        public void Preset_sets_every_rule_and_nothing_else(string mode)
        {
            var lines = File.ReadAllLines(PresetPath(mode));
            var severities = lines
                .Where(l => l.StartsWith("dotnet_diagnostic.", System.StringComparison.Ordinal))
                .Select(l => l.Split('='))
                .ToDictionary(parts => parts[0].Trim().Split('.')[1], parts => parts[1].Trim());

            Assert.Contains("is_global = true", lines);
            Assert.Contains("global_level = -1", lines);
            Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id).OrderBy(id => id), severities.Keys.OrderBy(id => id));
            Assert.All(RuleCatalog.Descriptors, d => Assert.Equal(ExpectedSeverity(mode, d), severities[d.Id]));
        }

        [Fact]
        public void Targets_file_maps_every_mode_to_its_preset()
        {
            var targets = File.ReadAllText(Path.Combine(RuleCatalog.RepositoryRoot, "src", "PrivacyAnalyzers.Package", "buildTransitive", "PrivacyAnalyzers.targets"));

            Assert.All(Presets.Select(p => (string)p[0]), mode => Assert.Contains($"'$(PrivacyAnalysisMode)' == '{mode}'", targets));
            Assert.Contains("config/PrivacyAnalysisMode.$(_PrivacyAnalysisPreset).globalconfig", targets);
        }

        [Theory]
        [InlineData("Recommended", DiagnosticSeverity.Warning)]
        [InlineData("Strict", DiagnosticSeverity.Error)]
        [InlineData("Audit", DiagnosticSeverity.Info)]
        public async Task Preset_decides_the_severity_of_a_finding(string mode, DiagnosticSeverity expected)
        {
            var diagnostic = Assert.Single(await RunAsync(mode, editorConfig: null));

            Assert.Equal(expected, diagnostic.Severity);
        }

        [Fact]
        public async Task None_preset_turns_the_rules_off()
        {
            Assert.Empty(await RunAsync("None", editorConfig: null));
        }

        [Fact]
        public async Task Explicit_severity_in_editorconfig_wins_over_the_preset()
        {
            var diagnostic = Assert.Single(await RunAsync("Strict", "root = true\n\n[*.cs]\ndotnet_diagnostic.PRIV001.severity = suggestion\n"));

            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        }

        [Fact]
        public async Task Teams_own_globalconfig_wins_over_the_preset()
        {
            var diagnostic = Assert.Single(await RunAsync("Strict", "is_global = true\ndotnet_diagnostic.PRIV001.severity = warning\n", teamFileName: ".globalconfig"));

            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        }

        /// <summary>PRIV001 over a leaking DTO, with the preset as a global config and optionally the team's own file.</summary>
        private static async Task<IReadOnlyList<Diagnostic>> RunAsync(string mode, string? editorConfig, string teamFileName = ".editorconfig")
        {
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, [[Leak]], editorConfig: null);
            var project = solution.Projects.Single();
            project = project.AddAnalyzerConfigDocument(
                "PrivacyAnalysisMode.globalconfig", SourceText.From(File.ReadAllText(PresetPath(mode))), filePath: "/package/PrivacyAnalysisMode.globalconfig").Project;
            if (editorConfig is not null)
            {
                project = project.AddAnalyzerConfigDocument(teamFileName, SourceText.From(editorConfig), filePath: "/0/" + teamFileName).Project;
            }

            return await AnalyzerRunner.GetDiagnosticsAsync(project, new CreatorFacingAudienceIdentifierAnalyzer());
        }
    }
}
