using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Baseline
{
    /// <summary>
    /// Suppresses the findings recorded in the privacy baseline (docs/baseline.md), so that only new ones fail the build.
    /// A suppression, not a filter: SARIF records the finding as suppressed, with the reason, and the IDE treats it as it
    /// treats a <c>[SuppressMessage]</c>.
    /// Matched by rule, file, enclosing symbol and anchor (<see cref="Fingerprints"/>), never by line; an entry covers as
    /// many identical findings as its count, in source order, and one more is new. A baseline that cannot be read
    /// suppresses nothing: the package's build task says what is wrong with it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PrivacyBaselineSuppressor : DiagnosticSuppressor
    {
        /// <summary>The MSBuild property with the baseline's full path, which the package passes to the compiler.</summary>
        internal const string FileProperty = "build_property.PrivacyBaselineFile";

        /// <summary>The MSBuild property that is <c>update</c> while <c>-p:PrivacyBaseline=update</c> records the baseline.</summary>
        internal const string ModeProperty = "build_property.PrivacyBaseline";

        /// <summary>Every rule a baseline can hold: all but PRIV000, which is about the policy, not the code.</summary>
        private static readonly ImmutableArray<string> Rules = ImmutableArray.Create(
            RuleIdentifiers.CreatorFacingTypeExposesAudienceIdentifiers,
            RuleIdentifiers.NotificationOnNegativeEngagement,
            RuleIdentifiers.CreatorNotifiedOfPrivateEngagement,
            RuleIdentifiers.CreatorFacingTypeExposesAudienceLocation,
            RuleIdentifiers.CreatorFacingEndpointReturnsPerUserData,
            RuleIdentifiers.ResponseListsWhoEngaged,
            RuleIdentifiers.ResponseExposesWhereAPersonIs,
            RuleIdentifiers.SuppressionWithoutJustification);

        private static readonly ImmutableDictionary<string, SuppressionDescriptor> InBaseline =
            Rules.ToImmutableDictionary(rule => rule, rule => new SuppressionDescriptor(BaselineNames.InBaselinePrefix + rule.Substring(4), rule, BaselineNames.InBaselineJustification));

        private static readonly ImmutableDictionary<string, SuppressionDescriptor> Recording =
            Rules.ToImmutableDictionary(rule => rule, rule => new SuppressionDescriptor(BaselineNames.RecordingPrefix + rule.Substring(4), rule, BaselineNames.RecordingJustification));

        /// <summary>The baseline as read from each text: read once, however many times the suppressor is asked.</summary>
        private static readonly ConditionalWeakTable<SourceText, BaselineIndex> Indexes = new();

        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
            InBaseline.Values.Concat(Recording.Values).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            var options = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;

            // Recording: every finding goes to the log, and none fails the build that writes the baseline.
            if (options.TryGetValue(ModeProperty, out var mode) && string.Equals(mode, "update", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var diagnostic in context.ReportedDiagnostics)
                {
                    if (Recording.TryGetValue(diagnostic.Id, out var recording))
                    {
                        context.ReportSuppression(Suppression.Create(recording, diagnostic));
                    }
                }

                return;
            }

            if (!options.TryGetValue(FileProperty, out var path) || string.IsNullOrWhiteSpace(path)
                || FindBaseline(context.Options.AdditionalFiles, path) is not { } file
                || file.GetText(context.CancellationToken) is not { } text
                || Indexes.GetValue(text, BaselineIndex.Read) is not { IsValid: true } index)
            {
                return;
            }

            foreach (var diagnostic in index.Covered(context.ReportedDiagnostics, Path.GetDirectoryName(file.Path) ?? string.Empty))
            {
                context.ReportSuppression(Suppression.Create(InBaseline[diagnostic.Id], diagnostic));
            }
        }

        private static AdditionalText? FindBaseline(ImmutableArray<AdditionalText> files, string path)
        {
            return files.FirstOrDefault(file => file.Path.Length > 0 && BaselinePaths.SameFile(file.Path, path));
        }

        /// <summary>The entries of one baseline text by key; invalid when the text is not a baseline.</summary>
        private sealed class BaselineIndex
        {
            private readonly Dictionary<BaselineKey, int> _counts;

            private BaselineIndex(Dictionary<BaselineKey, int>? counts)
            {
                _counts = counts ?? new Dictionary<BaselineKey, int>();
                IsValid = counts is not null;
            }

            public bool IsValid { get; }

            public static BaselineIndex Read(SourceText text)
            {
                try
                {
                    var counts = new Dictionary<BaselineKey, int>();
                    foreach (var entry in PrivacyBaselineFile.Parse(text.ToString()).Entries)
                    {
                        counts[entry.Key] = counts.TryGetValue(entry.Key, out var count) ? count + entry.Count : entry.Count;
                    }

                    return new BaselineIndex(counts);
                }
                catch (JsonTextException)
                {
                    return new BaselineIndex(null);
                }
            }

            /// <summary>What a finding is matched by: its rule, its file and the fingerprint its rule gave it; null without one.</summary>
            private static BaselineKey? KeyOf(Diagnostic diagnostic, string baselineFolder) =>
                diagnostic.Properties.TryGetValue(BaselineNames.SymbolProperty, out var symbol) && symbol is not null
                && diagnostic.Properties.TryGetValue(BaselineNames.AnchorProperty, out var anchor) && anchor is not null
                && diagnostic.Location.SourceTree!.FilePath.Length > 0
                    ? new BaselineKey(diagnostic.Id, BaselinePaths.Relative(baselineFolder, diagnostic.Location.SourceTree!.FilePath), symbol, anchor)
                    : null;

            /// <summary>The findings the baseline covers: for each key, as many as its count, in source order.</summary>
            public IEnumerable<Diagnostic> Covered(ImmutableArray<Diagnostic> reported, string baselineFolder)
            {
                var keyed = reported
                    .Where(diagnostic => InBaseline.ContainsKey(diagnostic.Id) && diagnostic.Location.IsInSource)
                    .Select(diagnostic => (Diagnostic: diagnostic, Key: KeyOf(diagnostic, baselineFolder)))
                    .Where(item => item.Key is not null)
                    .OrderBy(item => item.Diagnostic.Location.SourceTree!.FilePath, StringComparer.Ordinal)
                    .ThenBy(item => item.Diagnostic.Location.SourceSpan.Start);
                var used = new Dictionary<BaselineKey, int>();
                foreach (var (diagnostic, key) in keyed)
                {
                    var covered = _counts.TryGetValue(key!.Value, out var count) ? count : 0;
                    used.TryGetValue(key.Value, out var matched);
                    if (matched < covered)
                    {
                        used[key.Value] = matched + 1;
                        yield return diagnostic;
                    }
                }
            }
        }
    }
}
