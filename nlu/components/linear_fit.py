"""Fitting LinearIntentClassifier's linear models (nlu/components/linear_intent_classifier.py):
a linear SVM whose scores become probabilities through a softmax with a temperature fitted
by cross-validation, multinomial logistic regression, or complement naive Bayes. Plain
arrays out: weights (one row per class), bias, classes and the temperature.
"""

from __future__ import annotations

from typing import Any, Dict, Text, Tuple

import numpy as np
import scipy.sparse as sp

MODELS = ("svm", "logistic", "complement_nb")
_TEMPERATURES = np.exp(np.linspace(np.log(0.005), np.log(5.0), 80))


def fit_calibrated(
    features: sp.csr_matrix, labels: np.ndarray, suffix: Text, config: Dict[Text, Any]
) -> Dict[Text, np.ndarray]:
    """The model's arrays, named with `suffix` ("" for the first model, "_meaning" for the
    one that also reads the encoder)."""
    weights, bias, classes = fit(features, labels, config)
    svm = config["model"] == "svm"
    temperature = fitted_temperature(features, labels, config) if svm else 1.0
    return {
        "weights" + suffix: weights,
        "bias" + suffix: bias,
        "classes" + suffix: classes,
        "temperature" + suffix: np.array(temperature),
    }


def fit(
    features: sp.csr_matrix, labels: np.ndarray, config: Dict[Text, Any]
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    if config["model"] == "svm":
        from sklearn.svm import LinearSVC

        svm = LinearSVC(
            C=config["C"],
            class_weight="balanced",
            max_iter=config["max_iter"],
            random_state=config["random_state"],
        ).fit(features, labels)
        return _rows(svm.coef_, svm.intercept_, svm.classes_)
    if config["model"] == "complement_nb":
        from sklearn.naive_bayes import ComplementNB

        nb = ComplementNB(alpha=config["alpha"]).fit(features, labels)
        return nb.feature_log_prob_, np.zeros(len(nb.classes_)), nb.classes_
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(
        C=config["C"],
        max_iter=config["max_iter"],
        class_weight="balanced",
        random_state=config["random_state"],
    ).fit(features, labels)
    return _rows(lr.coef_, lr.intercept_, lr.classes_)


def _rows(
    coef: np.ndarray, intercept: np.ndarray, classes: np.ndarray
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    if len(classes) == 2:  # sklearn keeps one row for two classes
        return np.vstack([-coef, coef]), np.r_[-intercept, intercept], classes
    return coef, intercept, classes


def fitted_temperature(
    features: sp.csr_matrix, labels: np.ndarray, config: Dict[Text, Any]
) -> float:
    """The softmax temperature that makes held-out SVM scores the best probabilities
    (lowest log loss), from 3-fold cross-validation on the training data."""
    from sklearn.model_selection import StratifiedKFold

    classes, index = np.unique(labels, return_inverse=True)
    folds = min(3, int(np.bincount(index).min()))
    if folds < 2 or len(classes) < 2:
        return 0.1
    scores = np.zeros((len(labels), len(classes)))
    splitter = StratifiedKFold(folds, shuffle=True, random_state=config["random_state"])
    for train, test in splitter.split(features, labels):
        weights, bias, fold_classes = fit(features[train], labels[train], config)
        columns = np.searchsorted(classes, fold_classes)
        scores[np.ix_(test, columns)] = features[test] @ weights.T + bias
    rows = np.arange(len(labels))

    def log_loss(temperature: float) -> float:
        scaled = scores / temperature
        scaled -= scaled.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(scaled).sum(axis=1))
        return float(-(scaled[rows, index] - log_norm).mean())

    return float(min(_TEMPERATURES, key=log_loss))
