extern alias BuildTasks;

using System.IO;
using System.Linq;
using BuildTasks::PrivacyAnalyzers.Build;
using Xunit;

namespace PrivacyAnalyzers.Tests.Baseline
{
    /// <summary>What the build task reads from the compiler's SARIF 2.1 log to write the baseline and find stale entries.</summary>
    public class SarifFindingsTests
    {
        private static string Result(string rule, string file, string symbol, string anchor, string suppressions = "") => $@"
{{ ""ruleId"": ""{rule}"", ""message"": {{ ""text"": ""{rule} at {anchor}"" }},{suppressions}
  ""locations"": [ {{ ""physicalLocation"": {{ ""artifactLocation"": {{ ""uri"": ""file://{file}"" }}, ""region"": {{ ""startLine"": 3 }} }} }} ],
  ""properties"": {{ ""customProperties"": {{ ""DataCategory"": ""user.unique_id"", ""PrivacySymbol"": ""{symbol}"", ""PrivacyAnchor"": ""{anchor}"" }} }} }}";

        private static string Suppressed(string type) => $@" ""suppressions"": [ {{ ""kind"": ""inSource"", ""properties"": {{ ""suppressionType"": ""{type}"" }} }} ],";

        private static string[] Read(params string[] results)
        {
            var log = Path.GetTempFileName();
            File.WriteAllText(log, "{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [" + string.Join(",", results) + "] } ] }");
            try
            {
                return SarifFindings.Read(log, "/src").Select(f => $"{f.Key.Rule} {f.Key.File} {f.Key.Symbol} {f.Key.Anchor}").ToArray();
            }
            finally
            {
                File.Delete(log);
            }
        }

        [Fact]
        public void Reported_finding_is_read_with_its_file_relative_to_the_baseline()
        {
            Assert.Equal(new[] { "PRIV001 Studio/Stats.cs P:App.Stats.ViewerIds ViewerIds" }, Read(Result("PRIV001", "/src/Studio/Stats.cs", "P:App.Stats.ViewerIds", "ViewerIds")));
        }

        [Fact]
        public void Finding_the_baseline_suppressed_is_still_the_baselines()
        {
            var suppressed = Suppressed("DiagnosticSuppressor { Suppression Id: PRIVB001, Suppression Justification: in the privacy baseline }");

            Assert.Single(Read(Result("PRIV001", "/src/Stats.cs", "P:App.Stats.ViewerIds", "ViewerIds", suppressed)));
        }

        [Theory]
        [InlineData("SuppressMessageAttribute")]
        [InlineData("Pragma Directive")]
        [InlineData("DiagnosticSuppressor { Suppression Id: OTHER001, Suppression Justification: another tool }")]
        public void Finding_suppressed_otherwise_is_not_the_baselines(string suppressionType)
        {
            Assert.Empty(Read(Result("PRIV001", "/src/Stats.cs", "P:App.Stats.ViewerIds", "ViewerIds", Suppressed(suppressionType))));
        }

        [Fact]
        public void Result_without_a_fingerprint_is_skipped()
        {
            Assert.Empty(Read(@"{ ""ruleId"": ""CS0168"", ""message"": { ""text"": ""unused"" } }"));
        }

        [Fact]
        public void Log_that_is_not_sarif_2_is_an_error_that_says_how_to_get_one()
        {
            var log = Path.GetTempFileName();
            File.WriteAllText(log, "{ \"version\": \"1.0.0\", \"runLogs\": [] }");
            try
            {
                var error = Assert.Throws<BuildTasks::PrivacyAnalyzers.Baseline.JsonTextException>(() => SarifFindings.Read(log, "/src"));
                Assert.Contains("version=2.1", error.Message);
            }
            finally
            {
                File.Delete(log);
            }
        }
    }
}
