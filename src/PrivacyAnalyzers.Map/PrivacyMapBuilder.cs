using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Map
{
    /// <summary>
    /// Builds the privacy map of a compilation: one analyzer run of every rule of the package with the project's options
    /// (its <c>.editorconfig</c> and <c>.globalconfig</c>, so its policy), suppressed findings included, and beside the
    /// rules the <see cref="SurfaceCollector"/>, which asks the same models what the rules judged.
    /// </summary>
    public static class PrivacyMapBuilder
    {
        /// <summary>Every rule of the package, as the build loads them.</summary>
        private static readonly ImmutableArray<Type> RuleTypes = typeof(PrivacyModelAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToImmutableArray();

        /// <param name="project">The project's name, the map's title.</param>
        /// <param name="compilation">The project's compilation.</param>
        /// <param name="options">The project's analyzer options: its configuration files and additional files.</param>
        /// <param name="folder">The project's folder: files are named relative to it.</param>
        public static async Task<PrivacyMap> BuildAsync(string project, Compilation compilation, AnalyzerOptions options, string folder, CancellationToken cancellationToken = default)
        {
            MapLocation Locate(Location location) => Locations.Of(location, folder);

            var collector = new SurfaceCollector(Locate);
            var analyzers = RuleTypes.Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!).Append(collector).ToImmutableArray();
            var failures = new List<string>();
            var analysis = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, analyzer, _) => failures.Add($"{analyzer.GetType().Name}: {exception.Message}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: true));
            var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            if (failures.Count > 0)
            {
                throw new InvalidOperationException("An analyzer failed while the map was built: " + string.Join("; ", failures));
            }

            var findings = diagnostics
                .Where(diagnostic => diagnostic.Id.StartsWith("PRIV", StringComparison.Ordinal) && diagnostic.Location.IsInSource)
                .Select(diagnostic => Finding(diagnostic, compilation, Locate(diagnostic.Location)))
                .OrderBy(finding => finding.Rule, StringComparer.Ordinal)
                .ThenBy(finding => finding.Location.File, StringComparer.Ordinal)
                .ThenBy(finding => finding.Location.Line)
                .ThenBy(finding => finding.Message, StringComparer.Ordinal)
                .ToList();

            var atSpan = diagnostics
                .Where(diagnostic => diagnostic.Location.IsInSource)
                .ToLookup(diagnostic => (diagnostic.Location.SourceTree, diagnostic.Location.SourceSpan));
            IEnumerable<Diagnostic> reportedAt(Location location) => atSpan[(location.SourceTree, location.SourceSpan)];

            return new PrivacyMap(
                project,
                WithFindings(collector.Types, collector.Fills, reportedAt).OrderBy(type => type.Location.File, StringComparer.Ordinal).ThenBy(type => type.Location.Line).ThenBy(type => type.Name, StringComparer.Ordinal).ToList(),
                collector.Endpoints.OrderBy(endpoint => endpoint.Location.File, StringComparer.Ordinal).ThenBy(endpoint => endpoint.Location.Line).ThenBy(endpoint => endpoint.Name, StringComparer.Ordinal).ToList(),
                collector.Sinks.Select(sink => sink.Sink with { Rules = reportedAt(sink.Location).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList() })
                    .OrderBy(sink => sink.Location.File, StringComparer.Ordinal).ThenBy(sink => sink.Location.Line).ThenBy(sink => sink.Sink, StringComparer.Ordinal).ToList(),
                collector.EventContexts.OrderBy(context => context.Location.File, StringComparer.Ordinal).ThenBy(context => context.Location.Line).ThenBy(context => context.Method, StringComparer.Ordinal).ToList(),
                findings);
        }

        private static MapFinding Finding(Diagnostic diagnostic, Compilation compilation, MapLocation location)
        {
            diagnostic.Properties.TryGetValue(DataCategories.PropertyName, out var category);
            return new MapFinding(
                diagnostic.Id,
                diagnostic.Descriptor.Title.ToString(),
                location,
                diagnostic.GetMessage(),
                category,
                diagnostic.IsSuppressed,
                diagnostic.IsSuppressed ? Justification(diagnostic, compilation) : null);
        }

        /// <summary>What a <c>[SuppressMessage]</c> gives as its justification; a <c>#pragma</c> gives none (PRIV100's page).</summary>
        private static string? Justification(Diagnostic diagnostic, Compilation compilation)
        {
            var attribute = diagnostic.GetSuppressionInfo(compilation)?.Attribute;
            return attribute?.NamedArguments.FirstOrDefault(argument => argument.Key == "Justification").Value.Value as string;
        }

        /// <summary>
        /// Each member of a surface type with the rules reported at its declaration or at a value it is filled with, and the
        /// data category of what they reported in place of the one its name gives. An inherited member is reported at its
        /// type's name, with the path through its base in the message.
        /// </summary>
        private static IEnumerable<MapType> WithFindings(
            IEnumerable<(MapType Type, ImmutableArray<(ISymbol Member, Location Location)> Rows)> types,
            IEnumerable<(ISymbol Member, Location Value)> fills,
            Func<Location, IEnumerable<Diagnostic>> reportedAt)
        {
            var fillsOf = fills.ToLookup(fill => fill.Member, fill => fill.Value, SymbolEqualityComparer.Default);
            foreach (var (type, rows) in types)
            {
                var members = new List<MapMember>();
                for (var i = 0; i < type.Members.Count; i++)
                {
                    var member = type.Members[i];
                    var isInherited = member.Name.Contains('.');
                    var atDeclaration = reportedAt(rows[i].Location)
                        .Where(diagnostic => !isInherited || diagnostic.GetMessage().Contains("'" + member.Name, StringComparison.Ordinal));
                    var atFills = isInherited ? Enumerable.Empty<Diagnostic>() : fillsOf[rows[i].Member.OriginalDefinition].SelectMany(reportedAt);
                    var reported = atDeclaration.Concat(atFills).ToList();
                    var category = reported.Select(diagnostic => diagnostic.Properties.TryGetValue(DataCategories.PropertyName, out var value) ? value : null).FirstOrDefault(value => value is not null);
                    members.Add(member with
                    {
                        DataCategory = category ?? member.DataCategory,
                        Rules = reported.Select(diagnostic => diagnostic.Id).Distinct().Order(StringComparer.Ordinal).ToList(),
                    });
                }

                yield return type with { Members = members };
            }
        }
    }
}
