using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Benchmarks.CodeBase;

namespace PrivacyAnalyzers.Benchmarks
{
    /// <summary>
    /// One <see cref="CSharpCompilation"/> of a generated code base, against the reference assemblies `dotnet build` uses:
    /// the Microsoft.NETCore.App and Microsoft.AspNetCore.App reference packs of the running SDK.
    /// </summary>
    internal static class CompilationFactory
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        public static CSharpCompilation Create(GeneratedCodeBase codeBase)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = codeBase.Files
                .Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, path: file.Path))
                .ToList();
            return CSharpCompilation.Create(
                GeneratedCodeBase.ProjectName,
                trees,
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var sharedDirectory = Path.GetDirectoryName(Path.GetDirectoryName(runtimeDirectory))!;
            var dotnetRoot = Path.GetDirectoryName(sharedDirectory)!;
            var directories = new List<string>();
            foreach (var (pack, shared) in new[] { ("Microsoft.NETCore.App.Ref", "Microsoft.NETCore.App"), ("Microsoft.AspNetCore.App.Ref", "Microsoft.AspNetCore.App") })
            {
                var reference = Newest(Path.Combine(dotnetRoot, "packs", pack)) is { } version
                    ? Path.Combine(version, "ref", "net" + Environment.Version.Major + ".0")
                    : null;
                directories.Add(reference is not null && Directory.Exists(reference)
                    ? reference
                    : Newest(Path.Combine(sharedDirectory, shared)) ?? throw new InvalidOperationException($"Neither {pack} nor {shared} found under {dotnetRoot}."));
            }

            return directories
                .SelectMany(directory => Directory.EnumerateFiles(directory, "*.dll"))
                .Where(IsAssembly)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }

        /// <summary>The highest version folder of the running runtime's major version.</summary>
        private static string? Newest(string root) =>
            Directory.Exists(root)
                ? Directory.GetDirectories(root)
                    .Select(directory => (Directory: directory, Version: Version.TryParse(Path.GetFileName(directory).Split('-')[0], out var v) ? v : null))
                    .Where(candidate => candidate.Version?.Major == Environment.Version.Major)
                    .OrderByDescending(candidate => candidate.Version)
                    .Select(candidate => candidate.Directory)
                    .FirstOrDefault()
                : null;

        private static bool IsAssembly(string path)
        {
            try
            {
                System.Reflection.AssemblyName.GetAssemblyName(path);
                return true;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }
    }
}
