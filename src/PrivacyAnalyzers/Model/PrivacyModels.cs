using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The privacy models of one compilation: one per distinct policy. A <c>privacy.*</c> key in a <c>.globalconfig</c>
    /// applies to the whole project; one in an <c>.editorconfig</c> section applies to the files of that section, so a
    /// file's policy is read from its own options. Most projects have a single policy and so a single model, shared
    /// by every rule.
    /// </summary>
    internal sealed class PrivacyModels
    {
        private static readonly ConditionalWeakTable<Compilation, PrivacyModels> Shared = new();

        private readonly Compilation _compilation;
        private readonly AnalyzerOptions _options;
        private readonly Cache<AnalyzerConfigOptions, PrivacyModel> _byOptions;
        private readonly ConcurrentDictionary<string, PrivacyModel> _byPolicyText = new(StringComparer.Ordinal);

        /// <summary>
        /// The model when every file has the project's policy (no .editorconfig section sets a privacy key of its own):
        /// then For needs no look-up at all, and most projects are like that.
        /// </summary>
        private readonly PrivacyModel? _sharedByEveryFile;

        private PrivacyModels(Compilation compilation, AnalyzerOptions options)
        {
            _byOptions = new(ModelFor, EqualityComparer<AnalyzerConfigOptions>.Default);
            _compilation = compilation;
            _options = options;
            Project = ModelFor(options.AnalyzerConfigOptionsProvider.GlobalOptions);
            _sharedByEveryFile = SharedByEveryFile(compilation);
        }

        /// <summary>The model of the project-wide policy, for what belongs to no file.</summary>
        public PrivacyModel Project { get; }

        /// <summary>The models of a compilation, shared by every rule that analyzes it with the same options.</summary>
        public static PrivacyModels Of(Compilation compilation, AnalyzerOptions options)
        {
            var models = Shared.GetValue(compilation, c => new PrivacyModels(c, options));
            return ReferenceEquals(models._options, options) ? models : new PrivacyModels(compilation, options);
        }

        /// <summary>The model of the policy that applies where a symbol is declared (its first declaration).</summary>
        public PrivacyModel For(ISymbol symbol) =>
            _sharedByEveryFile ?? For(symbol.Locations.Length > 0 ? symbol.Locations[0].SourceTree : null);

        /// <summary>The model of the policy that applies to a file.</summary>
        public PrivacyModel For(SyntaxTree? tree) =>
            _sharedByEveryFile
            ?? (tree is null ? Project : _byOptions[_options.AnalyzerConfigOptionsProvider.GetOptions(tree)]);

        private PrivacyModel? SharedByEveryFile(Compilation compilation)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (!ReferenceEquals(For(tree), Project))
                {
                    return null;
                }
            }

            return Project;
        }

        private PrivacyModel ModelFor(AnalyzerConfigOptions options) =>
            _byPolicyText.GetOrAdd(PrivacyPolicy.ConfiguredText(options), _ => new PrivacyModel(_compilation, PrivacyPolicy.From(options)));
    }
}
