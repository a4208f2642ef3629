using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PrivacyAnalyzers.Map
{
    /// <summary>
    /// The map as the page a privacy reviewer reads in a pull request: per project a summary, the findings grouped by rule
    /// and file, then every surface with the reason it is one — types with their members and data categories, endpoints,
    /// notification sinks with their event context, and the event contexts.
    /// </summary>
    public static class MarkdownMap
    {
        private const string Guide = "https://github.com/privacyanalyzers/PrivacyAnalyzers/blob/main/docs/privacy-map.md";

        public static string Write(IReadOnlyList<PrivacyMap> maps)
        {
            var page = new StringBuilder();
            page.Append("# Privacy map\n\n");
            page.Append("What PrivacyAnalyzers sees in ").Append(maps.Count == 1 ? "this project" : "these projects").Append(" and what it reports. ");
            page.Append("The members of a type that is not listed are not judged, and a notification sink is judged only in an event context, ");
            page.Append("its own or that of a method that calls it. How to read it: ").Append(Guide).Append("\n");
            foreach (var map in maps)
            {
                WriteProject(page, map);
            }

            return page.ToString();
        }

        private static void WriteProject(StringBuilder page, PrivacyMap map)
        {
            page.Append("\n## ").Append(map.Project).Append("\n\n");
            Row(page, "Findings", "Suppressed", "Creator-facing types", "Response types", "Endpoints (creator-facing)", "Notification sinks", "Event contexts");
            Row(page, "---", "---", "---", "---", "---", "---", "---");
            Row(
                page,
                map.Findings.Count(f => !f.Suppressed).ToString(),
                map.Findings.Count(f => f.Suppressed).ToString(),
                map.Types.Count(t => t.CreatorFacingBecause is not null).ToString(),
                map.Types.Count(t => t.ResponseBecause is not null).ToString(),
                $"{map.Endpoints.Count} ({map.Endpoints.Count(e => e.CreatorFacing)})",
                map.Sinks.Count.ToString(),
                map.EventContexts.Count.ToString());

            WriteFindings(page, map.Findings);
            WriteTypes(page, map.Types);
            WriteEndpoints(page, map.Endpoints);
            WriteSinks(page, map.Sinks);
            WriteEventContexts(page, map.EventContexts);
        }

        private static void WriteFindings(StringBuilder page, IReadOnlyList<MapFinding> findings)
        {
            page.Append("\n### Findings\n");
            if (findings.Count == 0)
            {
                page.Append("\nNone.\n");
            }

            foreach (var rule in findings.GroupBy(f => f.Rule))
            {
                page.Append("\n#### ").Append(rule.Key).Append(": ").Append(rule.First().Title).Append(" (").Append(rule.Count()).Append(")\n");
                foreach (var file in rule.GroupBy(f => f.Location.File))
                {
                    page.Append("\n").Append(file.Key.Length > 0 ? Code(file.Key) : "The project").Append("\n\n");
                    foreach (var finding in file)
                    {
                        page.Append(finding.Location.Line > 0 ? "- line " + finding.Location.Line + ": " : "- ").Append(finding.Message);
                        if (finding.DataCategory is not null)
                        {
                            page.Append(" · ").Append(Code(finding.DataCategory));
                        }

                        if (finding.Suppressed)
                        {
                            page.Append(" · suppressed").Append(finding.Justification is null ? " (no justification)" : ": " + finding.Justification);
                        }

                        page.Append('\n');
                    }
                }
            }
        }

        private static void WriteTypes(StringBuilder page, IReadOnlyList<MapType> types)
        {
            page.Append("\n### Creator-facing and response types\n");
            if (types.Count == 0)
            {
                page.Append("\nNone.\n");
            }

            foreach (var type in types)
            {
                page.Append("\n#### ").Append(Code(type.Name)).Append(" (").Append(Where(type.Location)).Append(")\n\n");
                if (type.CreatorFacingBecause is not null)
                {
                    page.Append("- creator-facing: ").Append(type.CreatorFacingBecause).Append('\n');
                }

                if (type.ResponseBecause is not null)
                {
                    page.Append("- response: ").Append(type.ResponseBecause).Append('\n');
                }

                if (type.Members.Count == 0)
                {
                    page.Append("- no exposed members\n");
                    continue;
                }

                page.Append('\n');
                Row(page, "Member", "Type", "Data category", "Reported");
                Row(page, "---", "---", "---", "---");
                foreach (var member in type.Members)
                {
                    Row(page, Code(member.Name), Code(member.Type), member.DataCategory is null ? "—" : Code(member.DataCategory), Rules(member.Rules));
                }
            }
        }

        private static void WriteEndpoints(StringBuilder page, IReadOnlyList<MapEndpoint> endpoints)
        {
            page.Append("\n### Endpoints\n\n");
            Row(page, "Endpoint", "Routes", "Creator-facing", "Payload", "Where");
            Row(page, "---", "---", "---", "---", "---");
            foreach (var endpoint in endpoints)
            {
                Row(
                    page,
                    Code(endpoint.Name),
                    string.Join("<br>", endpoint.Routes.Select(Code)),
                    endpoint.CreatorFacing ? "yes" : "no",
                    endpoint.Payloads.Count == 0 ? "— (not declared)" : string.Join(", ", endpoint.Payloads.Select(Code)),
                    Where(endpoint.Location));
            }
        }

        private static void WriteSinks(StringBuilder page, IReadOnlyList<MapSink> sinks)
        {
            page.Append("\n### Notification sinks\n\n");
            Row(page, "Sink", "In", "Event context", "Reported", "Where");
            Row(page, "---", "---", "---", "---", "---");
            foreach (var sink in sinks)
            {
                Row(page, Code(sink.Sink), Code(sink.In), sink.Event is null ? "— (no event)" : sink.Event + ": " + sink.EventBecause, Rules(sink.Rules), Where(sink.Location));
            }
        }

        private static void WriteEventContexts(StringBuilder page, IReadOnlyList<MapEventContext> contexts)
        {
            page.Append("\n### Event contexts\n\n");
            Row(page, "Method", "Event", "Why", "Where");
            Row(page, "---", "---", "---", "---");
            foreach (var context in contexts)
            {
                Row(page, Code(context.Method), context.Event, context.Because, Where(context.Location));
            }
        }

        private static string Rules(IReadOnlyList<string> rules) => rules.Count == 0 ? "—" : string.Join(", ", rules);

        private static string Where(MapLocation location) => Code(location.File + ":" + location.Line);

        /// <summary>Code: in backticks, which the text may not hold (<see cref="Row"/> escapes a cell's bars).</summary>
        private static string Code(string text) => "`" + text.Replace("`", "'") + "`";

        private static void Row(StringBuilder page, params string[] cells) =>
            page.Append("| ").Append(string.Join(" | ", cells.Select(cell => cell.Replace("|", "\\|").Replace("\n", " ")))).Append(" |\n");
    }
}
