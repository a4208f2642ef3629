using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Build.Construction;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace PrivacyAnalyzers.Map.Tool
{
    /// <summary>
    /// <c>privacy-map &lt;project or solution&gt; [--out &lt;folder&gt;]</c>: opens the projects as the build evaluates them
    /// (the SDK on this machine, the project's references, configuration files and additional files) and writes
    /// <c>privacy-map.md</c> and <c>privacy-map.json</c> (docs/privacy-map.md).
    /// </summary>
    internal static class Program
    {
        private const string Usage = "usage: privacy-map <project.csproj | solution.sln | solution.slnx> [--out <folder>]";

        public static async Task<int> Main(string[] args)
        {
            if (!TryReadArguments(args, out var input, out var output))
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            if (!File.Exists(input))
            {
                Console.Error.WriteLine($"privacy-map: '{input}' does not exist. {Usage}");
                return 2;
            }

            // Before any MSBuild type is loaded: MSBuild is the SDK's, not a copy of our own.
            MSBuildLocator.RegisterDefaults();
            try
            {
                return await WriteMapAsync(Path.GetFullPath(input), Path.GetFullPath(output));
            }
            catch (Exception exception)
            {
                // A project MSBuild rejects, an analyzer that failed, a folder that cannot be written: why, not a stack trace.
                Console.Error.WriteLine($"privacy-map: {exception.Message}");
                return 1;
            }
        }

        private static bool TryReadArguments(string[] args, out string input, out string output)
        {
            input = string.Empty;
            output = Directory.GetCurrentDirectory();
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i] == "--out" && i + 1 < args.Length)
                {
                    output = args[++i];
                }
                else if (args[i].StartsWith("-", StringComparison.Ordinal) || input.Length > 0)
                {
                    return false;
                }
                else
                {
                    input = args[i];
                }
            }

            return input.Length > 0;
        }

        private static async Task<int> WriteMapAsync(string input, string output)
        {
            using var workspace = MSBuildWorkspace.Create();
            var projects = IsSolution(input)
                ? ListedIn(input, await workspace.OpenSolutionAsync(input))
                : new List<Project> { await workspace.OpenProjectAsync(input) };

            // MSBuild's complaints come as failures, even a restore warning (NU1603) on a project that loaded well: each is
            // said. A project that did not load at all has no documents: mapped, it would look clean, so nothing is written.
            var failures = workspace.Diagnostics.Where(d => d.Kind == WorkspaceDiagnosticKind.Failure).ToList();
            foreach (var failure in failures)
            {
                Console.Error.WriteLine("privacy-map: warning: " + failure.Message);
            }

            var unloaded = projects.Where(project => !project.Documents.Any()).Select(project => project.Name).ToList();
            if (failures.Count > 0 && unloaded.Count > 0)
            {
                Console.Error.WriteLine($"privacy-map: {string.Join(", ", unloaded)} could not be loaded; no map was written.");
                return 1;
            }

            var maps = new List<PrivacyMap>();
            foreach (var project in projects.Where(p => p.Language == LanguageNames.CSharp).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var map = await MapAsync(project);
                if (map is null)
                {
                    return 1;
                }

                maps.Add(map);
            }

            Directory.CreateDirectory(output);
            var markdown = Path.Combine(output, "privacy-map.md");
            var json = Path.Combine(output, "privacy-map.json");
            await File.WriteAllTextAsync(markdown, MarkdownMap.Write(maps));
            await File.WriteAllTextAsync(json, JsonMap.Write(maps));
            foreach (var map in maps)
            {
                Console.WriteLine($"{map.Project}: {map.Findings.Count} findings, {map.Types.Count} surface types, {map.Endpoints.Count} endpoints, {map.Sinks.Count} notification sinks, {map.EventContexts.Count} event contexts");
            }

            Console.WriteLine($"wrote {markdown}");
            Console.WriteLine($"wrote {json}");
            return 0;
        }

        /// <summary>The map of one project; null, with the reason on stderr, when it cannot be compiled at all.</summary>
        private static async Task<PrivacyMap?> MapAsync(Project project)
        {
            var compilation = await project.GetCompilationAsync();
            if (compilation is null)
            {
                Console.Error.WriteLine($"privacy-map: {project.Name} could not be compiled.");
                return null;
            }

            // What does not bind is not judged, as in the build: say so rather than print a map that looks complete.
            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            if (errors > 0)
            {
                Console.Error.WriteLine($"privacy-map: warning: {project.Name} has {errors} compiler errors (restore and build it first); code that does not compile is not judged.");
            }

            var folder = Path.GetDirectoryName(project.FilePath) ?? Directory.GetCurrentDirectory();
            return await PrivacyMapBuilder.BuildAsync(project.Name, compilation, project.AnalyzerOptions, folder);
        }

        /// <summary>
        /// The projects the solution file lists. The workspace also loads what they reference, analyzer projects included
        /// (a sample that builds its analyzers from source): those are not the team's application.
        /// </summary>
        private static List<Project> ListedIn(string path, Solution solution)
        {
            var listed = SolutionFile.Parse(path).ProjectsInOrder
                .Select(project => Path.GetFullPath(project.AbsolutePath))
                .ToHashSet(StringComparer.Ordinal);
            return solution.Projects.Where(project => project.FilePath is { } file && listed.Contains(Path.GetFullPath(file))).ToList();
        }

        private static bool IsSolution(string path) =>
            path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);
    }
}
