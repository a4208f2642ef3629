using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Testing;
using PrivacyAnalyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>
    /// samples/CreatorStudio compiled as its build compiles it: every source file, the implicit usings of the Web SDK,
    /// the ASP.NET Core shared framework and PrivacyAnalyzers.Annotations. Parsed once: a run that edits one file swaps
    /// that file's tree for the edited text and keeps the other trees.
    /// </summary>
    internal static class SampleProject
    {
        public static readonly string Folder = Path.Combine(RuleCatalog.RepositoryRoot, "samples", "CreatorStudio");

        /// <summary>What the SDK writes to obj/…/CreatorStudio.GlobalUsings.g.cs for ImplicitUsings=enable in a Web project.</summary>
        private const string ImplicitUsings = @"
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Hosting;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Hosting;
global using Microsoft.Extensions.Logging;
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Net.Http;
global using System.Net.Http.Json;
global using System.Threading;
global using System.Threading.Tasks;
";

        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        /// <summary>Every .cs file of the sample except build output, relative to its folder.</summary>
        public static IReadOnlyList<string> Files { get; } =
            Directory.EnumerateFiles(Folder, "*.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Folder, path))
                .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(segment => segment is "obj" or "bin"))
                .Order(StringComparer.Ordinal)
                .ToList();

        /// <summary>The whole sample, every file as it is on disk.</summary>
        public static CSharpCompilation Compilation { get; } = CSharpCompilation.Create(
            "CreatorStudio",
            Files.Select(file => Parse(File.ReadAllText(Path.Combine(Folder, file)), file)).Append(Parse(ImplicitUsings, "GlobalUsings.g.cs")),
            TestReferences.All.Add(Annotations()),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        public static string Text(string file) => Tree(file).GetText().ToString();

        public static SyntaxTree Tree(string file) => Compilation.SyntaxTrees.Single(tree => tree.FilePath == PathOf(file));

        /// <summary>The sample with <paramref name="file"/> holding <paramref name="text"/>, as while a person edits it.</summary>
        public static (Compilation Compilation, SyntaxTree Document) WithText(string file, string text)
        {
            var document = Parse(text, file);
            return (Compilation.ReplaceSyntaxTree(Tree(file), document), document);
        }

        /// <summary>The violations a file marks (see <see cref="ViolationMarkers"/>).</summary>
        public static IEnumerable<(string Id, int Line)> MarkedViolations(string file) => ViolationMarkers.In(Text(file));

        private static SyntaxTree Parse(string text, string file) =>
            CSharpSyntaxTree.ParseText(text, ParseOptions, PathOf(file));

        private static string PathOf(string file) => Path.Combine(Folder, file);

        /// <summary>src/PrivacyAnalyzers.Annotations, compiled from its sources to the assembly the sample references.</summary>
        private static MetadataReference Annotations()
        {
            var folder = Path.Combine(RuleCatalog.RepositoryRoot, "src", "PrivacyAnalyzers.Annotations");
            var compilation = CSharpCompilation.Create(
                "PrivacyAnalyzers.Annotations",
                Directory.EnumerateFiles(folder, "*.cs").Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path)),
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            if (!emitted.Success)
            {
                throw new InvalidOperationException("PrivacyAnalyzers.Annotations does not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics));
            }

            return MetadataReference.CreateFromImage(image.ToArray());
        }
    }
}
