//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::iterator`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IteratorParams {
    pub iterator2: ::std::option::Option<::std::string::String>,
    pub iterator3: ::std::option::Option<::std::string::String>,
    pub iterator4: ::std::option::Option<::std::string::String>,
}
impl IteratorParams {
    /// Sets `iterator2`.
    #[must_use]
    pub fn iterator2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.iterator2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `iterator3`.
    #[must_use]
    pub fn iterator3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.iterator3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `iterator4`.
    #[must_use]
    pub fn iterator4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.iterator4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::iterator`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IteratorOkHeaders {
    pub iterator: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::iterator`].
#[derive(Debug, Clone, PartialEq)]
pub enum IteratorResponse {
    /// ok
    Ok { body: super::types::Everything, headers: IteratorOkHeaders },
}
/// Documented error responses of [`super::Client::iterator`].
#[derive(Debug, Clone, PartialEq)]
pub enum IteratorError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::iterator_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum IteratorPostError {}
impl super::Client {
    /// */ operation Iterator "#
    ///
    /// `GET /op123/{Iterator}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn iterator(
        &self,
        iterator: &str,
        params: &IteratorParams,
    ) -> ::std::result::Result<IteratorResponse, super::Error<IteratorError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op123/");
        url.push_str(
            &super::runtime::path_param(
                "Iterator",
                &super::runtime::to_value("Iterator", &iterator)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.iterator2 {
            let v = super::runtime::to_value("Iterator", v)?;
            super::runtime::push_param(&mut query, "Iterator", &v, "form", true);
        }
        if let Some(v) = &params.iterator3 {
            let v = super::runtime::to_value("Iterator", v)?;
            headers.push(("Iterator", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.iterator4 {
            let v = super::runtime::to_value("Iterator", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Iterator", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[123usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("iterator", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Iterator", method = "GET", path =
            "/op123/{Iterator}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("iterator", status, &response_headers);
        match status {
            200 => {
                let headers = IteratorOkHeaders {
                    iterator: super::runtime::optional_header(
                        &response_headers,
                        "Iterator",
                        status,
                    )?,
                };
                Ok(IteratorResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        IteratorError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(IteratorError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            IteratorError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op123/{Iterator}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn iterator_post(
        &self,
        iterator: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<IteratorPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op123/");
        url.push_str(
            &super::runtime::path_param(
                "Iterator",
                &super::runtime::to_value("Iterator", &iterator)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("iterator_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Iterator_post", method = "POST", path =
            "/op123/{Iterator}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("iterator_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        IteratorPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
