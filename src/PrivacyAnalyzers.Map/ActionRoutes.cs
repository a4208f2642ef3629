using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Map
{
    /// <summary>
    /// The routes of a controller action as attribute routing builds them, for the map: the controller's templates (its
    /// own or its nearest base's) joined with the action's, <c>[controller]</c> and <c>[action]</c> filled in, and the
    /// HTTP method in front (<c>GET api/studio/videos/{id}</c>); a hub's methods are named as such. An action without a route template of its own or its
    /// controller's is routed by convention, which the map says rather than guesses.
    /// </summary>
    internal static class ActionRoutes
    {
        public const string Conventional = "(conventional routing)";

        public static IReadOnlyList<string> Of(IMethodSymbol action)
        {
            var controller = action.ContainingType;
            if (CreatorEndpoints.IsHub(controller))
            {
                return new[] { "SignalR hub method " + action.Name };
            }

            var prefixes = ControllerTemplates(controller);
            var routes = new List<string>();
            foreach (var (verb, template) in ActionTemplates(action))
            {
                if (CreatorEndpoints.IsAbsolute(template) || prefixes.Count == 0)
                {
                    routes.Add(template.Length == 0 ? Conventional : verb + Fill(template.TrimStart('~'), controller, action));
                    continue;
                }

                routes.AddRange(prefixes.Select(prefix => verb + Fill(Join(prefix, template), controller, action)));
            }

            return routes.Count == 0 ? new[] { Conventional } : routes.Distinct().ToList();
        }

        /// <summary>
        /// Each route attribute of the action with its template: <c>[HttpGet("{id}")]</c> is <c>GET {id}</c>, <c>[Route("x")]</c>
        /// takes no verb, <c>[HttpDelete]</c> alone is <c>DELETE</c> at the controller's route. None gives one empty template.
        /// </summary>
        private static IEnumerable<(string Verb, string Template)> ActionTemplates(IMethodSymbol action)
        {
            var any = false;
            foreach (var attribute in action.GetAttributes())
            {
                var verb = HttpVerb(attribute.AttributeClass);
                if (verb is null && attribute.AttributeClass?.Name != "RouteAttribute")
                {
                    continue;
                }

                var templates = attribute.ConstructorArguments.SelectMany(Symbols.StringsOf).ToList();
                foreach (var template in templates.Count > 0 ? templates : new List<string> { string.Empty })
                {
                    any = true;
                    yield return (verb is null ? string.Empty : verb + " ", template);
                }
            }

            if (!any)
            {
                yield return (string.Empty, string.Empty);
            }
        }

        /// <summary>GET for ASP.NET Core's <c>HttpGetAttribute</c> and the other subclasses of <c>HttpMethodAttribute</c>; null for any other.</summary>
        private static string? HttpVerb(INamedTypeSymbol? attribute)
        {
            for (var type = attribute?.BaseType; type is not null; type = type.BaseType)
            {
                if (type.Name == "HttpMethodAttribute" && Symbols.IsNamespace(type.ContainingNamespace, "Microsoft.AspNetCore.Mvc.Routing"))
                {
                    var name = attribute!.Name;
                    return name.StartsWith("Http", StringComparison.Ordinal) && name.EndsWith("Attribute", StringComparison.Ordinal)
                        ? name.Substring("Http".Length, name.Length - "HttpAttribute".Length).ToUpperInvariant()
                        : name;
                }
            }

            return null;
        }

        /// <summary>The nearest route templates up the controller's bases: a derived controller's own replace its base's.</summary>
        private static List<string> ControllerTemplates(INamedTypeSymbol controller)
        {
            for (var current = controller; current is not null && !Symbols.IsFrameworkType(current); current = current.BaseType)
            {
                var templates = CreatorEndpoints.RouteTemplates(current).ToList();
                if (templates.Count > 0)
                {
                    return templates;
                }
            }

            return new List<string>();
        }

        private static string Join(string prefix, string template) =>
            template.Length == 0 ? prefix : prefix.TrimEnd('/') + "/" + template;

        private static string Fill(string route, INamedTypeSymbol controller, IMethodSymbol action)
        {
            return route.Replace("[controller]", CreatorEndpoints.ControllerToken(controller.Name).ToString()).Replace("[action]", action.Name);
        }
    }
}
