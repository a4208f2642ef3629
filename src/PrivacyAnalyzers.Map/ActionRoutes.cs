using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
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
            if (IsHub(controller))
            {
                return new[] { "SignalR hub method " + action.Name };
            }

            var prefixes = ControllerTemplates(controller);
            var templates = CreatorEndpoints.RouteTemplates(action).ToList();
            var verb = Verb(action);
            var routes = new List<string>();
            foreach (var template in templates.Count > 0 ? templates : new List<string> { string.Empty })
            {
                if (IsAbsolute(template) || prefixes.Count == 0)
                {
                    routes.Add(template.TrimStart('~'));
                    continue;
                }

                routes.AddRange(prefixes.Select(prefix => Join(prefix, template)));
            }

            return routes
                .Select(route => route.Length == 0 ? Conventional : verb + Fill(route, controller, action))
                .Distinct()
                .ToList();
        }

        /// <summary>The nearest route templates up the controller's bases: a derived controller's own replace its base's.</summary>
        private static List<string> ControllerTemplates(INamedTypeSymbol controller)
        {
            for (var current = controller; current is not null; current = current.BaseType)
            {
                var templates = CreatorEndpoints.RouteTemplates(current).ToList();
                if (templates.Count > 0)
                {
                    return templates;
                }
            }

            return new List<string>();
        }

        private static bool IsHub(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.Name == "Hub" && current.ContainingNamespace.ToDisplayString() == "Microsoft.AspNetCore.SignalR")
                {
                    return true;
                }
            }

            return false;
        }

        private static string Verb(IMethodSymbol action)
        {
            foreach (var attribute in action.GetAttributes())
            {
                var name = attribute.AttributeClass?.Name;
                if (name is not null && name.StartsWith("Http", StringComparison.Ordinal) && name.EndsWith("Attribute", StringComparison.Ordinal))
                {
                    return name.Substring("Http".Length, name.Length - "HttpAttribute".Length).ToUpperInvariant() + " ";
                }
            }

            return string.Empty;
        }

        private static bool IsAbsolute(string template) => template.StartsWith("/", StringComparison.Ordinal) || template.StartsWith("~/", StringComparison.Ordinal);

        private static string Join(string prefix, string template) =>
            template.Length == 0 ? prefix : prefix.TrimEnd('/') + "/" + template;

        private static string Fill(string route, INamedTypeSymbol controller, IMethodSymbol action)
        {
            var controllerName = controller.Name.EndsWith("Controller", StringComparison.Ordinal)
                ? controller.Name.Substring(0, controller.Name.Length - "Controller".Length)
                : controller.Name;
            return route.Replace("[controller]", controllerName).Replace("[action]", action.Name);
        }
    }
}
