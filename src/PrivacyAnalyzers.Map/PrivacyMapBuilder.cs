using System;
using System.Collections.Concurrent;
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
            var rules = RuleTypes.Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!).ToImmutableArray();
            var ruleIds = rules.SelectMany(rule => rule.SupportedDiagnostics).Select(descriptor => descriptor.Id).ToImmutableHashSet(StringComparer.Ordinal);
            var failures = new ConcurrentQueue<string>();
            var analysis = compilation.WithAnalyzers(rules.Add(collector), new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name}: {exception.Message}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: true));
            var diagnostics = (await analysis.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false))
                .Where(diagnostic => ruleIds.Contains(diagnostic.Id))
                .ToImmutableArray();
            if (!failures.IsEmpty)
            {
                throw new InvalidOperationException("An analyzer failed while the map was built: " + string.Join("; ", failures));
            }

            var atSpan = diagnostics
                .Where(diagnostic => diagnostic.Location.IsInSource)
                .ToLookup(diagnostic => (diagnostic.Location.SourceTree, diagnostic.Location.SourceSpan));
            IEnumerable<Diagnostic> ReportedAt(Location location) => atSpan[(location.SourceTree, location.SourceSpan)];
            var fills = collector.Fills.ToLookup(fill => fill.Member, fill => fill.Value, SymbolEqualityComparer.Default);

            return new PrivacyMap(
                project,
                Sorted(collector.Types.Select(type => WithFindings(type.Type, type.Rows, fills, ReportedAt, Locate)), type => type.Location, type => type.Name),
                Sorted(collector.Endpoints, endpoint => endpoint.Location, endpoint => endpoint.Name),
                Sorted(collector.Sinks.Select(sink => sink.Sink with { Rules = Rules(ReportedAt(sink.Location)) }), sink => sink.Location, sink => sink.In + " " + sink.Sink),
                Sorted(collector.EventContexts, context => context.Location, context => context.Method),
                diagnostics
                    .Select(diagnostic => Finding(diagnostic, compilation, Locate(diagnostic.Location)))
                    .OrderBy(finding => finding.Rule, StringComparer.Ordinal)
                    .ThenBy(finding => finding.Location.File, StringComparer.Ordinal)
                    .ThenBy(finding => finding.Location.Line)
                    .ThenBy(finding => finding.Location.Column)
                    .ThenBy(finding => finding.Message, StringComparer.Ordinal)
                    .ToList());
        }

        /// <summary>By file, line and column, then by name: the analyzer run's order is not the same twice.</summary>
        private static List<T> Sorted<T>(IEnumerable<T> items, Func<T, MapLocation> location, Func<T, string> name) =>
            items.OrderBy(item => location(item).File, StringComparer.Ordinal)
                .ThenBy(item => location(item).Line)
                .ThenBy(item => location(item).Column)
                .ThenBy(name, StringComparer.Ordinal)
                .ToList();

        /// <summary>The rules reported at a place, a suppressed one as <c>PRIV001 (suppressed)</c>.</summary>
        private static IReadOnlyList<string> Rules(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.Select(diagnostic => diagnostic.IsSuppressed ? diagnostic.Id + " (suppressed)" : diagnostic.Id)
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList();

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
        /// A surface type with each member row given the rules reported at its declaration or at a value it is filled
        /// with, and the data category of what they reported in place of the one its name gives. An inherited member's
        /// findings are reported at the type's name and name <c>'Base.Member'</c> (or a path through it) in their message.
        /// </summary>
        private static MapType WithFindings(
            MapType type,
            ImmutableArray<MemberRow> rows,
            ILookup<ISymbol, Location> fills,
            Func<Location, IEnumerable<Diagnostic>> reportedAt,
            Func<Location, MapLocation> locate)
        {
            var members = new List<MapMember>();
            foreach (var row in rows)
            {
                var reported = row.IsInherited
                    ? reportedAt(row.ReportedAt).Where(diagnostic => NamesInheritedMember(diagnostic.GetMessage(), row.Name)).ToList()
                    : reportedAt(row.ReportedAt)
                        .Concat(fills[row.Member.OriginalDefinition].SelectMany(reportedAt))
                        .ToList();
                var category = reported
                    .Select(diagnostic => diagnostic.Properties.TryGetValue(DataCategories.PropertyName, out var value) ? value : null)
                    .FirstOrDefault(value => value is not null);
                members.Add(new MapMember(row.Name, row.Type, locate(row.ReportedAt), category ?? row.NameCategory, Rules(reported)));
            }

            return type with { Members = members };
        }

        /// <summary><c>'Base.Member'</c>, <c>'Base.Member.Id'</c> or <c>'Base.Member[].Id'</c> in a message, but not <c>'Base.MemberIds'</c>.</summary>
        private static bool NamesInheritedMember(string message, string name)
        {
            var quoted = "'" + name;
            for (var at = message.IndexOf(quoted, StringComparison.Ordinal); at >= 0; at = message.IndexOf(quoted, at + 1, StringComparison.Ordinal))
            {
                var next = at + quoted.Length;
                if (next < message.Length && message[next] is '\'' or '.' or '[')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
