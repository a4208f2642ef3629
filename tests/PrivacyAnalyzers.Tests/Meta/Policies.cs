using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>Analyzer options for runs without a workspace: no policy, or the policy the sample app versions.</summary>
    internal static class Policies
    {
        public static AnalyzerOptions None { get; } = new(ImmutableArray<AdditionalText>.Empty);

        /// <summary>samples/CreatorStudio/.globalconfig, which sets every <c>privacy.*</c> key.</summary>
        public static AnalyzerOptions Sample { get; } =
            FromGlobalConfig(Path.Combine(RuleCatalog.RepositoryRoot, "samples", "CreatorStudio", ".globalconfig"));

        private static AnalyzerOptions FromGlobalConfig(string path) => FromGlobalConfigText(File.ReadAllText(path), path);

        /// <summary>Reads a global config with the compiler's own parser, as the build does; no additional files.</summary>
        public static AnalyzerOptions FromGlobalConfigText(string text, string path = "/src/.globalconfig")
        {
            var config = AnalyzerConfig.Parse(text, path);
            var values = AnalyzerConfigSet.Create(new[] { config }).GlobalConfigOptions.AnalyzerOptions;
            return new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalOptionsProvider(new Options(values)));
        }

        /// <summary>Options a build would hand analyzers: <paramref name="values"/> as global options (<c>build_property.…</c>) and additional files.</summary>
        public static AnalyzerOptions With(IReadOnlyDictionary<string, string> values, params AdditionalText[] files) =>
            new(files.ToImmutableArray(), new GlobalOptionsProvider(new Options(values.ToImmutableDictionary())));

        /// <summary>What a host hands analyzers for a project with one global config and no .editorconfig sections.</summary>
        private sealed class GlobalOptionsProvider(AnalyzerConfigOptions options) : AnalyzerConfigOptionsProvider
        {
            public override AnalyzerConfigOptions GlobalOptions => options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
        }

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override IEnumerable<string> Keys => values.Keys;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
