"""Queries the endpoint given as the first argument with two Python clients, each on its default
settings: SPARQLWrapper (GET, XML results, its format/output/results parameters) and rdflib's
SPARQLStore (GET, Accept: application/sparql-results+xml, application/rdf+xml). Prints one JSON
object per check: the client, the query form, and the answer (or the error)."""
import json
import sys

ENDPOINT = sys.argv[1]
ONTOLOGY = "https://w3id.org/aigb/ontology"
SELECT = "SELECT ?o WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }"
ASK = "ASK { <https://w3id.org/aigb/ontology> a <http://www.w3.org/2002/07/owl#Ontology> }"
CONSTRUCT = "CONSTRUCT { ?o a <http://www.w3.org/2002/07/owl#Ontology> } WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }"
DESCRIBE = "DESCRIBE <https://w3id.org/aigb/id/role/AIProvider>"


def report(client, check, run):
    try:
        print(json.dumps({"client": client, "check": check, "answer": run()}), flush=True)
    except Exception as e:  # the test shows what failed and why
        print(json.dumps({"client": client, "check": check, "error": type(e).__name__ + ": " + str(e)[:300]}), flush=True)


def sparqlwrapper():
    from SPARQLWrapper import SPARQLWrapper, JSON

    def run(query, fmt=None):
        w = SPARQLWrapper(ENDPOINT)
        w.setQuery(query)
        if fmt:
            w.setReturnFormat(fmt)
        return w.query().convert()

    version = "SPARQLWrapper " + __import__("SPARQLWrapper").__version__
    report(version, "SELECT", lambda: [n.firstChild.data for n in run(SELECT).getElementsByTagName("uri")])
    report(version, "ASK", lambda: run(ASK).getElementsByTagName("boolean")[0].firstChild.data)
    report(version, "CONSTRUCT", lambda: len(run(CONSTRUCT)))
    report(version, "DESCRIBE", lambda: len(run(DESCRIBE)))
    report(version, "SELECT JSON", lambda: [b["o"]["value"] for b in run(SELECT, JSON)["results"]["bindings"]])


def rdflib_store():
    import rdflib
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = rdflib.Graph(SPARQLStore(ENDPOINT))
    version = "rdflib " + rdflib.__version__
    report(version, "SELECT", lambda: [str(row[0]) for row in g.query(SELECT)])
    report(version, "ASK", lambda: str(g.query(ASK).askAnswer).lower())
    report(version, "CONSTRUCT", lambda: len(g.query(CONSTRUCT).graph))
    report(version, "DESCRIBE", lambda: len(g.query(DESCRIBE).graph))


sparqlwrapper()
rdflib_store()
