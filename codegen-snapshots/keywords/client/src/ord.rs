//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::ord`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrdParams {
    pub ord2: ::std::option::Option<::std::string::String>,
    pub ord3: ::std::option::Option<::std::string::String>,
    pub ord4: ::std::option::Option<::std::string::String>,
}
impl OrdParams {
    /// Sets `ord2`.
    #[must_use]
    pub fn ord2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ord2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ord3`.
    #[must_use]
    pub fn ord3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ord3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ord4`.
    #[must_use]
    pub fn ord4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ord4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::ord`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrdOkHeaders {
    pub ord: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::ord`].
#[derive(Debug, Clone, PartialEq)]
pub enum OrdResponse {
    /// ok
    Ok { body: super::types::Everything, headers: OrdOkHeaders },
}
/// Documented error responses of [`super::Client::ord`].
#[derive(Debug, Clone, PartialEq)]
pub enum OrdError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::ord_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum OrdPostError {}
impl super::Client {
    /// */ operation Ord "#
    ///
    /// `GET /op129/{Ord}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn ord(
        &self,
        ord: &str,
        params: &OrdParams,
    ) -> ::std::result::Result<OrdResponse, super::Error<OrdError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op129/");
        url.push_str(
            &super::runtime::path_param(
                "Ord",
                &super::runtime::to_value("Ord", &ord)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.ord2 {
            let v = super::runtime::to_value("Ord", v)?;
            super::runtime::push_param(&mut query, "Ord", &v, "form", true);
        }
        if let Some(v) = &params.ord3 {
            let v = super::runtime::to_value("Ord", v)?;
            headers.push(("Ord", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.ord4 {
            let v = super::runtime::to_value("Ord", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Ord", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[129usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("ord", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Ord", method = "GET", path =
            "/op129/{Ord}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("ord", status, &response_headers);
        match status {
            200 => {
                let headers = OrdOkHeaders {
                    ord: super::runtime::optional_header(
                        &response_headers,
                        "Ord",
                        status,
                    )?,
                };
                Ok(OrdResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        OrdError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(OrdError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            OrdError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op129/{Ord}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn ord_post(
        &self,
        ord: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<OrdPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op129/");
        url.push_str(
            &super::runtime::path_param(
                "Ord",
                &super::runtime::to_value("Ord", &ord)?,
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
            .run_request_hooks("ord_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Ord_post", method = "POST", path =
            "/op129/{Ord}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("ord_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        OrdPostError,
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
