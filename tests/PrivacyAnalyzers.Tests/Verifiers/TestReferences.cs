using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Tests.Verifiers
{
    /// <summary>The assemblies test sources compile against: the running .NET runtime plus the ASP.NET Core shared framework.</summary>
    internal static class TestReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Load);

        public static ImmutableArray<MetadataReference> All => LazyAll.Value;

        private static ImmutableArray<MetadataReference> Load()
        {
            var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            return RuntimeAssemblies(runtimeDirectory)
                .Concat(Directory.EnumerateFiles(AspNetCoreDirectory(runtimeDirectory), "*.dll"))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }

        // The trusted platform assemblies also list the test's own dependencies (xunit, Roslyn);
        // only the runtime's belong in a test compilation.
        private static string[] RuntimeAssemblies(string runtimeDirectory) =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
                .ToArray();

        /// <summary>Finds .../shared/Microsoft.AspNetCore.App/&lt;highest version of the runtime's major&gt; next to .../shared/Microsoft.NETCore.App/x.y.z.</summary>
        private static string AspNetCoreDirectory(string runtimeDirectory)
        {
            var sharedDirectory = Path.GetDirectoryName(Path.GetDirectoryName(runtimeDirectory))!;
            var aspNetCoreRoot = Path.Combine(sharedDirectory, "Microsoft.AspNetCore.App");
            var major = Environment.Version.Major;
            var candidates = Directory.Exists(aspNetCoreRoot) ? Directory.GetDirectories(aspNetCoreRoot) : [];
            return candidates
                .Select(directory => (Directory: directory, Version: ParseVersion(Path.GetFileName(directory))))
                .Where(candidate => candidate.Version?.Major == major)
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Directory)
                .FirstOrDefault()
                ?? throw new InvalidOperationException($"No Microsoft.AspNetCore.App {major}.* shared framework in {aspNetCoreRoot}.");
        }

        // Directory names may carry a prerelease suffix, e.g. 10.0.0-rc.2.25502.107.
        private static Version? ParseVersion(string directoryName) =>
            Version.TryParse(directoryName.Split('-')[0], out var version) ? version : null;
    }
}
