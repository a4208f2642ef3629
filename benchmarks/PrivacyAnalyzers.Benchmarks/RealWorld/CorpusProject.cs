using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PrivacyAnalyzers.Benchmarks.RealWorld
{
    /// <summary>
    /// One project of a corpus repository, compiled without building it: its own .cs files (not those of projects nested
    /// in its folder), the global usings its SDK would generate, the framework reference packs, and the compilations of
    /// the projects it references. Packages are not restored: what they declare does not resolve, and the analyzers stay
    /// silent there. Test projects are left out.
    /// </summary>
    internal sealed class CorpusProject
    {
        /// <summary>What the SDK writes for ImplicitUsings=enable in a plain project (Microsoft.NET.Sdk).</summary>
        private static readonly string[] PlainUsings =
        {
            "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading",
            "System.Threading.Tasks",
        };

        /// <summary>What the Web SDK adds to them.</summary>
        private static readonly string[] WebUsings =
        {
            "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
            "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
            "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
        };

        private static readonly Regex TestProjectName = new(@"(^|[.\-_])(Unit|Integration|Functional|E2E|Api)?Tests?($|[.\-_])", RegexOptions.IgnoreCase | RegexOptions.Compiled);

        private CorpusProject(string path, string name, bool isWeb, bool implicitUsings, bool isTest, ImmutableArray<string> references)
        {
            Path = path;
            Name = name;
            IsWeb = isWeb;
            ImplicitUsings = implicitUsings;
            IsTest = isTest;
            References = references;
        }

        /// <summary>The full path of the .csproj file.</summary>
        public string Path { get; }

        public string Name { get; }

        public bool IsWeb { get; }

        public bool ImplicitUsings { get; }

        public bool IsTest { get; }

        /// <summary>The full paths of the projects it references.</summary>
        public ImmutableArray<string> References { get; }

        public string Folder => System.IO.Path.GetDirectoryName(Path)!;

        /// <summary>The projects of a repository, test projects included (see <see cref="IsTest"/>).</summary>
        public static IReadOnlyList<CorpusProject> In(string root) =>
            Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(root, path))
                .Select(path => Read(root, path))
                .OrderBy(project => project.Path, StringComparer.Ordinal)
                .ToList();

        /// <summary>
        /// Compiles the repository's projects that are not tests, each after the projects it references. A repository with
        /// no project file is compiled as one library.
        /// </summary>
        public static IReadOnlyList<(CorpusProject? Project, CSharpCompilation Compilation)> CompileAll(string root)
        {
            var projects = In(root).Where(project => !project.IsTest).ToList();
            if (projects.Count == 0)
            {
                var sources = SourceFiles(root, root, Array.Empty<string>()).ToList();
                return new[] { ((CorpusProject?)null, Compile(System.IO.Path.GetFileName(root), sources, Array.Empty<string>(), isExe: false, ImmutableArray<MetadataReference>.Empty)) };
            }

            var nestedFolders = projects.Select(project => project.Folder).ToList();
            var compiled = new Dictionary<string, CSharpCompilation>(StringComparer.Ordinal);
            var result = new List<(CorpusProject?, CSharpCompilation)>();
            var byPath = projects.ToDictionary(project => project.Path, StringComparer.Ordinal);
            foreach (var project in InDependencyOrder(projects))
            {
                // Project references are transitive, as in an SDK-style build.
                var references = Referenced(project, byPath)
                    .Where(compiled.ContainsKey)
                    .Select(reference => (MetadataReference)compiled[reference].ToMetadataReference())
                    .ToImmutableArray();
                var usings = project.ImplicitUsings ? (project.IsWeb ? PlainUsings.Concat(WebUsings) : PlainUsings) : Array.Empty<string>();
                var sources = SourceFiles(root, project.Folder, nestedFolders.Where(folder => folder != project.Folder && folder.StartsWith(project.Folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)));
                var compilation = Compile(project.Name, sources, usings, project.IsWeb, references);
                compiled[project.Path] = compilation;
                result.Add((project, compilation));
            }

            return result;
        }

        private static IEnumerable<string> Referenced(CorpusProject project, IReadOnlyDictionary<string, CorpusProject> byPath)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>(project.References);
            while (pending.Count > 0)
            {
                var path = pending.Pop();
                if (seen.Add(path) && byPath.TryGetValue(path, out var referenced))
                {
                    foreach (var next in referenced.References)
                    {
                        pending.Push(next);
                    }
                }
            }

            return seen;
        }

        private static CSharpCompilation Compile(string name, IEnumerable<string> sources, IEnumerable<string> usings, bool isExe, ImmutableArray<MetadataReference> projectReferences)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = sources.Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path)).ToList();
            var globalUsings = string.Concat(usings.Select(u => $"global using global::{u};\n"));
            if (globalUsings.Length > 0)
            {
                trees.Add(CSharpSyntaxTree.ParseText(globalUsings, parseOptions, name + ".GlobalUsings.g.cs"));
            }

            var hasTopLevelStatements = trees.Any(tree => tree.GetCompilationUnitRoot().Members.Any(member => member is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax));
            return CSharpCompilation.Create(
                name,
                trees,
                CompilationFactory.References.AddRange(projectReferences),
                // Nullable analysis off: the rules do not read it, and on code whose packages do not resolve Roslyn 4.14's
                // nullability rewriter can throw (seen on Iceshrimp.NET).
                new CSharpCompilationOptions(
                    isExe && hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Disable));
        }

        private static IEnumerable<string> SourceFiles(string root, string folder, IEnumerable<string> excludedFolders)
        {
            var excluded = excludedFolders.ToList();
            return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(root, path) && !excluded.Any(other => path.StartsWith(other + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                .OrderBy(path => path, StringComparer.Ordinal);
        }

        private static bool IsBuildOutput(string root, string path) =>
            System.IO.Path.GetRelativePath(root, path).Split(System.IO.Path.DirectorySeparatorChar).Any(segment => segment is "bin" or "obj" or "node_modules");

        private static CorpusProject Read(string root, string path)
        {
            var document = Load(path);
            var sdk = (string?)document.Root?.Attribute("Sdk") ?? string.Empty;
            var elements = document.Descendants().ToList();

            // ImplicitUsings is often set once for the repository, in a Directory.Build.props above the project.
            var implicitUsings = elements.Concat(BuildProps(root, path).SelectMany(props => Load(props).Descendants()))
                .Any(e => e.Name.LocalName == "ImplicitUsings" && e.Value.Trim() is "enable" or "true");
            var packages = elements.Where(e => e.Name.LocalName == "PackageReference").Select(e => (string?)e.Attribute("Include") ?? string.Empty).ToList();
            var name = System.IO.Path.GetFileNameWithoutExtension(path);
            var isTest = TestProjectName.IsMatch(name)
                || packages.Any(package => package.StartsWith("xunit", StringComparison.OrdinalIgnoreCase) || package.StartsWith("NUnit", StringComparison.OrdinalIgnoreCase) || package.StartsWith("MSTest", StringComparison.OrdinalIgnoreCase));
            var folder = System.IO.Path.GetDirectoryName(path)!;
            var references = elements
                .Where(e => e.Name.LocalName == "ProjectReference")
                .Select(e => (string?)e.Attribute("Include"))
                .Where(include => !string.IsNullOrEmpty(include))
                .Select(include => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, include!.Replace('\\', '/'))))
                .ToImmutableArray();
            return new CorpusProject(path, name, sdk.Contains("Web", StringComparison.OrdinalIgnoreCase), implicitUsings, isTest, references);
        }

        private static XDocument Load(string path)
        {
            try
            {
                return XDocument.Load(path);
            }
            catch (System.Xml.XmlException)
            {
                return new XDocument(new XElement("Project"));
            }
        }

        /// <summary>The Directory.Build.props files MSBuild imports for a project: in its folder and every folder up to the repository's root.</summary>
        private static IEnumerable<string> BuildProps(string root, string projectPath)
        {
            for (var folder = System.IO.Path.GetDirectoryName(projectPath); folder is not null && folder.StartsWith(root, StringComparison.Ordinal); folder = System.IO.Path.GetDirectoryName(folder))
            {
                var props = System.IO.Path.Combine(folder, "Directory.Build.props");
                if (File.Exists(props))
                {
                    yield return props;
                }
            }
        }

        /// <summary>Referenced projects first; a cycle, or a reference outside the repository, is left to the order of the paths.</summary>
        private static IEnumerable<CorpusProject> InDependencyOrder(IReadOnlyList<CorpusProject> projects)
        {
            var byPath = projects.ToDictionary(project => project.Path, StringComparer.Ordinal);
            var done = new HashSet<string>(StringComparer.Ordinal);
            var visiting = new HashSet<string>(StringComparer.Ordinal);
            var order = new List<CorpusProject>();

            void Visit(CorpusProject project)
            {
                if (done.Contains(project.Path) || !visiting.Add(project.Path))
                {
                    return;
                }

                foreach (var reference in project.References)
                {
                    if (byPath.TryGetValue(reference, out var referenced))
                    {
                        Visit(referenced);
                    }
                }

                visiting.Remove(project.Path);
                done.Add(project.Path);
                order.Add(project);
            }

            foreach (var project in projects)
            {
                Visit(project);
            }

            return order;
        }
    }
}
