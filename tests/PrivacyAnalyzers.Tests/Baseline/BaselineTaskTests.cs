extern alias BuildTasks;

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BuildTasks::PrivacyAnalyzers.Build;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace PrivacyAnalyzers.Tests.Baseline
{
    /// <summary>
    /// The baseline's MSBuild tasks over SARIF logs as the compiler writes them, in a project folder of their own:
    /// recording, refreshing, and naming stale entries. scripts/check-package.sh runs them in real builds.
    /// </summary>
    public sealed class BaselineTaskTests : IDisposable
    {
        private readonly string _project = Directory.CreateTempSubdirectory("privacy-baseline-").FullName;

        private string BaselineFile => Path.Combine(_project, "privacy-baseline.json");

        public void Dispose() => Directory.Delete(_project, recursive: true);

        /// <summary>A source file of the project, so that entries of it are not of a deleted file.</summary>
        private string Source(string name)
        {
            var path = Path.Combine(_project, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "// source");
            return path;
        }

        private static string Result(string file, string symbol, string anchor, string rule = "PRIV001") => $@"
{{ ""ruleId"": ""{rule}"", ""message"": {{ ""text"": ""{rule} at {anchor}"" }},
  ""locations"": [ {{ ""physicalLocation"": {{ ""artifactLocation"": {{ ""uri"": ""{new Uri(file).AbsoluteUri}"" }} }} }} ],
  ""properties"": {{ ""customProperties"": {{ ""PrivacySymbol"": ""{symbol}"", ""PrivacyAnchor"": ""{anchor}"" }} }} }}";

        private string Log(string name, params string[] results)
        {
            var path = Path.Combine(_project, "obj", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [" + string.Join(",", results) + "] } ] }");
            return "obj/" + name + ",version=2.1";
        }

        private (bool Succeeded, Engine Engine) Run(PrivacyBaselineTask task, string[] logs, params string[] sources)
        {
            var engine = new Engine();
            task.BuildEngine = engine;
            task.BaselineFile = BaselineFile;
            task.ProjectDirectory = _project;
            task.ErrorLogs = logs.Select(log => (ITaskItem)new TaskItem(log)).ToArray();
            task.SourceFiles = sources.Select(source => (ITaskItem)new TaskItem(source)).ToArray();
            return (task.Execute(), engine);
        }

        private string[] Anchors() =>
            File.ReadAllLines(BaselineFile).Where(line => line.Contains("\"anchor\"")).Select(line => line.Trim()).ToArray();

        [Fact]
        public void Update_twice_writes_the_same_file_and_no_entry_twice()
        {
            var stats = Source("Stats.cs");
            var log = Log("a.sarif", Result(stats, "P:App.Stats.ViewerIds", "ViewerIds"), Result(Path.Combine(_project, "obj", "Generated.g.cs"), "P:App.Gen.FanIds", "FanIds"));

            Run(new UpdatePrivacyBaseline(), new[] { log }, stats);
            var first = File.ReadAllText(BaselineFile);
            Run(new UpdatePrivacyBaseline(), new[] { log }, stats);

            Assert.Equal(first, File.ReadAllText(BaselineFile));
            Assert.Equal(new[] { "\"anchor\": \"ViewerIds\",", "\"anchor\": \"FanIds\"," }, Anchors());
        }

        [Fact]
        public void Update_keeps_other_projects_entries_and_drops_those_of_deleted_files()
        {
            var stats = Source("Stats.cs");
            var other = Source("Other/Report.cs");
            File.WriteAllText(BaselineFile, @"{ ""version"": 1, ""findings"": [
  { ""rule"": ""PRIV001"", ""file"": ""Other/Report.cs"", ""symbol"": ""P:O.R.Fans"", ""anchor"": ""Fans"", ""message"": """", ""count"": 1 },
  { ""rule"": ""PRIV001"", ""file"": ""Gone/Old.cs"", ""symbol"": ""P:O.Old.Fans"", ""anchor"": ""Fans"", ""message"": """", ""count"": 1 } ] }");

            Run(new UpdatePrivacyBaseline(), new[] { Log("a.sarif", Result(stats, "P:App.Stats.ViewerIds", "ViewerIds")) }, stats);

            var text = File.ReadAllText(BaselineFile);
            Assert.Contains("\"file\": \"Other/Report.cs\"", text);
            Assert.Contains("\"file\": \"Stats.cs\"", text);
            Assert.DoesNotContain("Gone/Old.cs", text);
            Assert.True(File.Exists(other));
        }

        [Fact]
        public void Update_over_several_frameworks_counts_a_finding_once_with_the_largest_count()
        {
            var stats = Source("Stats.cs");
            var net9 = Log("net9.sarif", Result(stats, "M:App.S.Unfollow", "Send", "PRIV002"));
            var net10 = Log("net10.sarif", Result(stats, "M:App.S.Unfollow", "Send", "PRIV002"), Result(stats, "M:App.S.Unfollow", "Send", "PRIV002"));

            Run(new UpdatePrivacyBaseline(), new[] { net9, net10 }, stats);

            Assert.Contains("\"count\": 2", File.ReadAllText(BaselineFile));
        }

        [Fact]
        public void Update_writes_a_corrupt_baseline_anew_with_a_warning()
        {
            var stats = Source("Stats.cs");
            File.WriteAllText(BaselineFile, "{ not json");

            var (succeeded, engine) = Run(new UpdatePrivacyBaseline(), new[] { Log("a.sarif", Result(stats, "P:App.Stats.ViewerIds", "ViewerIds")) }, stats);

            Assert.True(succeeded);
            Assert.Single(engine.Warnings, warning => warning.Code == "PRIV101");
            Assert.Equal(new[] { "\"anchor\": \"ViewerIds\"," }, Anchors());
        }

        [Fact]
        public void Entry_with_fewer_findings_left_is_stale_with_the_command_that_removes_it()
        {
            var stats = Source("Stats.cs");
            Run(new UpdatePrivacyBaseline(), new[] { Log("a.sarif", Result(stats, "P:App.Stats.ViewerIds", "ViewerIds"), Result(stats, "P:App.Stats.Emails", "Emails")) }, stats);

            var (succeeded, engine) = Run(new ReportStalePrivacyBaseline(), new[] { Log("a.sarif", Result(stats, "P:App.Stats.ViewerIds", "ViewerIds")) }, stats);

            Assert.True(succeeded);
            var warning = Assert.Single(engine.Warnings);
            Assert.Equal("PRIV102", warning.Code);
            Assert.Contains("P:App.Stats.Emails", warning.Message);
            Assert.Contains("dotnet build -p:PrivacyBaseline=update", warning.Message);
        }

        [Fact]
        public void Entry_of_a_deleted_file_in_the_project_folder_is_stale()
        {
            var stats = Source("Stats.cs");
            var old = Source("Old.cs");
            Run(new UpdatePrivacyBaseline(), new[] { Log("a.sarif", Result(old, "P:App.Old.Fans", "Fans")) }, stats, old);
            File.Delete(old);

            var (_, engine) = Run(new ReportStalePrivacyBaseline(), new[] { Log("a.sarif") }, stats);

            Assert.Contains("no longer exists", Assert.Single(engine.Warnings).Message);
        }

        [Fact]
        public void Entries_of_other_projects_files_are_not_judged_here()
        {
            var stats = Source("Stats.cs");
            var other = Source("../elsewhere-" + Path.GetFileName(_project) + "/Report.cs");
            try
            {
                Run(new UpdatePrivacyBaseline(), new[] { Log("a.sarif", Result(other, "P:O.R.Fans", "Fans")) }, other);

                var (_, engine) = Run(new ReportStalePrivacyBaseline(), new[] { Log("a.sarif") }, stats);

                Assert.Empty(engine.Warnings);
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(other)!, recursive: true);
            }
        }

        [Fact]
        public void Check_reports_a_corrupt_baseline_at_its_line_and_column()
        {
            File.WriteAllText(BaselineFile, "{ \"version\": 1,\n  \"findings\": [ oops ] }");

            var (succeeded, engine) = Run(new CheckPrivacyBaseline(), Array.Empty<string>());

            Assert.False(succeeded);
            var error = Assert.Single(engine.Errors);
            Assert.Equal(("PRIV101", 2, 17), (error.Code, error.LineNumber, error.ColumnNumber));
        }

        [Fact]
        public void Check_passes_without_a_baseline()
        {
            Assert.True(Run(new CheckPrivacyBaseline(), Array.Empty<string>()).Succeeded);
        }

        /// <summary>What a build engine records of a task's messages.</summary>
        private sealed class Engine : IBuildEngine
        {
            public List<BuildErrorEventArgs> Errors { get; } = new();

            public List<BuildWarningEventArgs> Warnings { get; } = new();

            public bool ContinueOnError => false;

            public int LineNumberOfTaskNode => 0;

            public int ColumnNumberOfTaskNode => 0;

            public string ProjectFileOfTaskNode => "test.csproj";

            public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

            public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

            public void LogMessageEvent(BuildMessageEventArgs e)
            {
            }

            public void LogCustomEvent(CustomBuildEventArgs e)
            {
            }

            public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
        }
    }
}
