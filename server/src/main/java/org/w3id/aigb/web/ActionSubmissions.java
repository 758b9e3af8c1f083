package org.w3id.aigb.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.registry.Accounts;
import org.w3id.aigb.registry.Principal;
import org.w3id.aigb.registry.Registry;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /submissions} and everything under it: the registry's API, every request with an access
 * token ({@code Authorization: Bearer}). This class authenticates and routes; the handlers are
 * {@link SubmissionHandlers} (an organisation's side) and {@link ReviewHandlers} (the reviewers').
 * <pre>
 *   POST /submissions                                   submit (organisation)
 *   GET  /submissions                                   the reviewers' list (reviewer)
 *   GET  /submissions/{org}                             history
 *   GET  /submissions/{org}/{n}                         a version, by Accept
 *   GET  /submissions/{org}/{n}/profile                 the bytes as submitted
 *   GET  /submissions/{org}/{n}/diff/{m}                what changed from n to m
 *   POST /submissions/{org}/{n}/publish | /withdraw     publication (organisation)
 *   GET  /submissions/{org}/{n}/annotations             review annotations
 *   POST /submissions/{org}/{n}/annotations             annotate (reviewer)
 * </pre>
 * A token is checked before anything else (401 without one); a path that names nothing is 404; an
 * organisation's token on another organisation's path gets the 404 of a version that does not
 * exist, decided without asking the store.
 */
final class ActionSubmissions extends HttpServlet {
    static final String PATH = "/submissions";

    private final transient Supplier<Registry> registry;
    private final transient SubmissionHandlers submissions;
    private final transient ReviewHandlers reviews;

    /** {@code registry} may wait for start-up to finish opening it. */
    ActionSubmissions(Supplier<Registry> registry, Site site, org.w3id.aigb.Limits limits) {
        this.registry = registry;
        this.submissions = new SubmissionHandlers(registry, limits);
        this.reviews = new ReviewHandlers(registry, site);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        try {
            String method = request.getMethod();
            List<String> path = segments(request.getPathInfo());
            String allow = allowed(path);
            if (method.equals("OPTIONS")) {
                response.setHeader("Allow", allow == null ? "OPTIONS" : allow + ", OPTIONS");
                response.setStatus(200);
                return;
            }
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Vary", "Authorization, Accept");
            Principal principal = registry.get().accounts().authenticate(Bearer.token(request));
            if (allow == null)
                throw new AigbException.NotFound("not-found", "Nothing is served at " + request.getRequestURI());
            if (!Arrays.asList(allow.split(", ")).contains(method.equals("HEAD") ? "GET" : method))
                throw new Refused.MethodNotAllowed(method + " is not allowed on " + request.getRequestURI() + " (allowed: " + allow + ")", allow);
            route(method.equals("HEAD") ? "GET" : method, path, principal, request, response);
        } catch (IOException e) {
            HttpErrors.send(request, response, new AigbException.BadInput("cannot-read", "Cannot read the request body: " + e.getMessage()),
                    RequestIds.next(response));
        } catch (RuntimeException e) {
            HttpErrors.send(request, response, e, RequestIds.next(response));
        }
    }

    private void route(String method, List<String> path, Principal principal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (path.isEmpty()) {
            if (method.equals("POST"))
                submissions.submit(principal, request, response);
            else
                reviews.list(principal, request, response);
            return;
        }
        String org = path.get(0);
        if (path.size() == 1) {
            submissions.history(principal, org, response);
            return;
        }
        long version = number(path.get(1));
        switch (path.size() == 2 ? "" : path.get(2)) {
            case "" -> submissions.version(principal, org, version, request, response);
            case "profile" -> submissions.profile(principal, org, version, response);
            case "diff" -> submissions.diff(principal, org, version, number(path.get(3)), response);
            case "publish" -> submissions.publish(principal, org, version, true, response);
            case "withdraw" -> submissions.publish(principal, org, version, false, response);
            default -> {
                if (method.equals("POST"))
                    reviews.annotate(principal, org, version, request, response);
                else
                    reviews.annotations(principal, org, version, response);
            }
        }
    }

    /** The methods a path takes, or null when the path names nothing. */
    static String allowed(List<String> path) {
        if (path.isEmpty())
            return "GET, HEAD, POST";
        if (!Accounts.isRegistryId(path.get(0)))
            return null;
        if (path.size() == 1)
            return "GET, HEAD";
        if (!isNumber(path.get(1)))
            return null;
        if (path.size() == 2)
            return "GET, HEAD";
        return switch (path.get(2)) {
            case "profile" -> path.size() == 3 ? "GET, HEAD" : null;
            case "diff" -> path.size() == 4 && isNumber(path.get(3)) ? "GET, HEAD" : null;
            case "publish", "withdraw" -> path.size() == 3 ? "POST" : null;
            case "annotations" -> path.size() == 3 ? "GET, HEAD, POST" : null;
            default -> null;
        };
    }

    static List<String> segments(String pathInfo) {
        List<String> out = new ArrayList<>();
        if (pathInfo != null)
            for (String s : pathInfo.split("/", -1))
                if (!s.isEmpty())
                    out.add(s);
        // a trailing or doubled slash names nothing
        if (pathInfo != null && !pathInfo.equals("/") && (pathInfo.endsWith("/") || pathInfo.contains("//")))
            out.add("");
        return out;
    }

    /** A version number: 1 to 999,999,999, written without leading zeros. */
    private static boolean isNumber(String s) {
        return s.matches("[1-9][0-9]{0,8}");
    }

    private static long number(String s) {
        return Long.parseLong(s);
    }
}
