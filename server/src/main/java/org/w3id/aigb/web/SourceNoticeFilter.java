package org.w3id.aigb.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.w3id.aigb.render.Html;
import org.w3id.aigb.render.SourceNotice;

/**
 * Every HTML page the server renders for a request, error pages and checklists included, shows the
 * graph's source notice in its footer: the notice is set on the request's thread for the time of
 * the request (see {@link Html#showing}) and restored afterwards, so a pooled thread never carries
 * it into another server's request.
 */
final class SourceNoticeFilter implements Filter {
    private final SourceNotice notice;

    SourceNoticeFilter(SourceNotice notice) {
        this.notice = notice;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try (Html.Scope scope = Html.showing(notice)) {
            chain.doFilter(request, response);
        }
    }
}
